namespace CopSites.Provisioning.Templates;

/// <summary>
/// One <c>pnp:ProvisioningTemplate</c>: what a single site should contain. Only the parts CopSites
/// provisions are modelled; the reader reports every other element as unsupported.
/// </summary>
/// <param name="Id">Template ID, unique in its file.</param>
/// <param name="Version">Template version (an xsd:decimal written as text).</param>
/// <param name="BaseSiteTemplate">Base web template, e.g. <c>GROUP#0</c>.</param>
/// <param name="Scope">Undefined, RootSite or Web.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Description">Description.</param>
/// <param name="ImagePreviewUrl">Preview image.</param>
/// <param name="TemplateCultureInfo">Culture the template was written for.</param>
/// <param name="Properties">Free metadata (<c>pnp:Properties</c>).</param>
/// <param name="WebSettings">Web settings, when present.</param>
/// <param name="PropertyBagEntries">Web property bag entries.</param>
/// <param name="Security">Site security, when present.</param>
/// <param name="Navigation">Quick launch and top navigation, when present.</param>
/// <param name="SiteFields">Site columns.</param>
/// <param name="ContentTypes">Site content types.</param>
/// <param name="Lists">Lists and libraries.</param>
/// <param name="Files">Files to upload.</param>
/// <param name="TermGroups">Term groups to ensure.</param>
/// <param name="ClientSidePages">Modern pages.</param>
/// <param name="Header">Site header layout, when present.</param>
/// <param name="Footer">Site footer, when present.</param>
/// <param name="Location">Where the template element is.</param>
public sealed record ProvisioningTemplate(
    string Id,
    string? Version,
    string? BaseSiteTemplate,
    string? Scope,
    string? DisplayName,
    string? Description,
    string? ImagePreviewUrl,
    string? TemplateCultureInfo,
    ValueList<TemplateProperty> Properties,
    WebSettings? WebSettings,
    ValueList<PropertyBagEntry> PropertyBagEntries,
    SiteSecurity? Security,
    NavigationSettings? Navigation,
    ValueList<FieldDefinition> SiteFields,
    ValueList<ContentTypeDefinition> ContentTypes,
    ValueList<ListInstance> Lists,
    ValueList<TemplateFile> Files,
    ValueList<TermGroup> TermGroups,
    ValueList<ClientSidePage> ClientSidePages,
    SiteHeader? Header,
    SiteFooter? Footer,
    SourceLocation Location)
{
    /// <summary>An empty template with the given ID, a starting point for building one in code.</summary>
    public static ProvisioningTemplate Create(string id) => new(
        id, null, null, null, null, null, null, null, [], null, [], null, null, [], [], [], [], [], [], null, null, SourceLocation.None);
}

/// <summary>A <c>pnp:PropertyBagEntry</c>.</summary>
/// <param name="Key">Key.</param>
/// <param name="Value">Value.</param>
/// <param name="Overwrite">Overwrite an existing value.</param>
/// <param name="Indexed">Make the key searchable.</param>
/// <param name="Location">Where it is.</param>
public sealed record PropertyBagEntry(string Key, string Value, bool? Overwrite, bool? Indexed, SourceLocation Location);
