namespace CopSites.Provisioning.Engine;

/// <summary>How provisioning treats existing content.</summary>
public sealed record ProvisioningOptions
{
    /// <summary>Rebuild pages that a person edited since provisioning. <value>Default: false (their edits are kept).</value></summary>
    public bool OverwriteEditedPages { get; init; }

    /// <summary>The account provisioning writes as; pages last modified by someone else count as edited. <value>Default: null (any edit counts).</value></summary>
    public string? ProvisioningAccount { get; init; }
}
