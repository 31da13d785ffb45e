using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>Everything a builder reads to say what the site should hold.</summary>
public sealed record BuildContext
{
    /// <summary>The template being applied.</summary>
    public required ProvisioningTemplate Template { get; init; }

    /// <summary>The template's id, for error messages.</summary>
    public string TemplateId => Template.Id;

    /// <summary>The group and site being provisioned (its alias is the group's identity).</summary>
    public Ports.SiteTarget? Target { get; init; }

    /// <summary>The charter of the CoP, when provisioning from one.</summary>
    public Charter? Charter { get; init; }

    /// <summary>Token values known so far (site facts, parameters, ids of lists and fields created in earlier levels).</summary>
    public required TokenContext Tokens { get; init; }

    /// <summary>The token resolver.</summary>
    public TokenResolver Resolver { get; init; } = new();

    /// <summary>The site as it is (or will be, while planning).</summary>
    public required SiteState State { get; init; }

    /// <summary>The provisioning options.</summary>
    public required ProvisioningOptions Options { get; init; }

    /// <summary>A token scope for one element of the template.</summary>
    public TokenScope Scope(string element, SourceLocation location) => new(this, element, location);
}
