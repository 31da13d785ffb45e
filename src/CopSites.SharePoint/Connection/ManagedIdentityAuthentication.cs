namespace CopSites.SharePoint.Connection;

/// <summary>
/// App-only tokens from the Azure managed identity of the host (Azure.Identity ManagedIdentityCredential): the system
/// assigned identity, or a user-assigned one by client id. Only works on Azure compute.
/// </summary>
public sealed record ManagedIdentityAuthentication : TenantAuthentication
{
    /// <summary>System-assigned when <paramref name="userAssignedClientId"/> is null.</summary>
    public ManagedIdentityAuthentication(string? userAssignedClientId = null)
    {
        UserAssignedClientId = userAssignedClientId is null ? null : OptionChecks.Guid(userAssignedClientId, "ManagedIdentity.ClientId");
    }

    /// <inheritdoc />
    public override string Kind => "managed-identity";

    /// <inheritdoc />
    public override bool NeedsEntraId => true;

    /// <summary>The user-assigned identity's client id (null: system-assigned).</summary>
    public string? UserAssignedClientId { get; }
}
