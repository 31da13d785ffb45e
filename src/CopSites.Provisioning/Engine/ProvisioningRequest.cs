using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine;

/// <summary>What to provision where: a template, the CoP's charter and the parameters they give.</summary>
public sealed record ProvisioningRequest
{
    /// <summary>The template to apply.</summary>
    public required ProvisioningTemplate Template { get; init; }

    /// <summary>The CoP's group and site.</summary>
    public required SiteTarget Target { get; init; }

    /// <summary>The charter (group policy, roles, home page text), when provisioning a CoP.</summary>
    public Charter? Charter { get; init; }

    /// <summary>Template parameter values: the template's defaults overridden by the charter's.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Template elements the reader reported as unsupported, carried into the plan.</summary>
    public IReadOnlyList<string> Unsupported { get; init; } = [];

    /// <summary>Options.</summary>
    public ProvisioningOptions Options { get; init; } = new();
}
