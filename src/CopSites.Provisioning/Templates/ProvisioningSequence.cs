namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:ProvisioningTemplateFile</c>: a template kept in another file.</summary>
/// <param name="File">Path of that file, relative to this one.</param>
/// <param name="Id">The ID the template is referenced by.</param>
/// <param name="Location">Where the reference is.</param>
public sealed record ProvisioningTemplateFileReference(string File, string Id, SourceLocation Location);

/// <summary>A <c>pnp:Sequence</c>: site collections to create and the term store content to ensure.</summary>
/// <param name="Id">Sequence ID.</param>
/// <param name="SiteCollections">Sites to create, each naming the templates to apply.</param>
/// <param name="TermGroups">Term groups under <c>pnp:TermStore</c>.</param>
/// <param name="Location">Where the sequence is.</param>
public sealed record ProvisioningSequence(
    string Id,
    ValueList<SequenceSite> SiteCollections,
    ValueList<TermGroup>? TermGroups,
    SourceLocation Location);

/// <summary>
/// A site collection or sub-site inside a sequence. Its attributes depend on the site kind, so they
/// are kept as an ordered list rather than typed properties.
/// </summary>
/// <param name="Kind">The <c>xsi:type</c> without prefix, e.g. <c>CommunicationSite</c>, <c>TeamSite</c>, <c>TeamSubSiteNoGroup</c>.</param>
/// <param name="Attributes">Every other attribute in document order.</param>
/// <param name="TemplateReferences">IDs of the templates to apply to this site.</param>
/// <param name="Sites">Sub-sites.</param>
/// <param name="Location">Where the site is.</param>
public sealed record SequenceSite(
    string? Kind,
    ValueList<TemplateProperty> Attributes,
    ValueList<string> TemplateReferences,
    ValueList<SequenceSite> Sites,
    SourceLocation Location)
{
    /// <summary>The value of an attribute by name (case-insensitive), or null.</summary>
    public string? Attribute(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
