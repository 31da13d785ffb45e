namespace CopSites.Provisioning.Templates;

/// <summary>
/// A whole provisioning file: the <c>pnp:Provisioning</c> root with its preferences, parameters,
/// templates and sequences. A file whose root is a bare <c>pnp:ProvisioningTemplate</c> becomes a
/// hierarchy holding that one template.
/// </summary>
/// <param name="Author">Root <c>Author</c>.</param>
/// <param name="Generator">Root <c>Generator</c>.</param>
/// <param name="Version">Root <c>Version</c>.</param>
/// <param name="DisplayName">Root <c>DisplayName</c>.</param>
/// <param name="Description">Root <c>Description</c>.</param>
/// <param name="ImagePreviewUrl">Root <c>ImagePreviewUrl</c>.</param>
/// <param name="Preferences">The <c>pnp:Preferences</c> attributes, when present.</param>
/// <param name="Parameters">Values for <c>{parameter:Key}</c> tokens.</param>
/// <param name="Localizations">Resource files behind <c>{localization:Key}</c> tokens.</param>
/// <param name="TemplatesId">The <c>ID</c> of the <c>pnp:Templates</c> container, when given.</param>
/// <param name="Templates">Templates defined inline.</param>
/// <param name="TemplateFiles">Templates kept in other files (<c>pnp:ProvisioningTemplateFile</c>).</param>
/// <param name="TemplateReferences">IDs listed by <c>pnp:Templates/pnp:ProvisioningTemplateReference</c>.</param>
/// <param name="Sequences">Provisioning sequences (site collections and term store).</param>
/// <param name="Location">Where the root element is.</param>
public sealed record ProvisioningHierarchy(
    string? Author,
    string? Generator,
    string? Version,
    string? DisplayName,
    string? Description,
    string? ImagePreviewUrl,
    ProvisioningPreferences? Preferences,
    ValueList<TemplateParameter> Parameters,
    ValueList<TemplateLocalization> Localizations,
    string? TemplatesId,
    ValueList<ProvisioningTemplate> Templates,
    ValueList<ProvisioningTemplateFileReference> TemplateFiles,
    ValueList<string> TemplateReferences,
    ValueList<ProvisioningSequence> Sequences,
    SourceLocation Location)
{
    /// <summary>The template with the given ID (case-insensitive), or null.</summary>
    public ProvisioningTemplate? FindTemplate(string id) =>
        Templates.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The <c>pnp:Preferences</c> attributes.</summary>
/// <param name="Author">Who wrote the file.</param>
/// <param name="Version">Version string.</param>
/// <param name="Generator">Tool that produced the file.</param>
public sealed record ProvisioningPreferences(string? Author, string? Version, string? Generator);

/// <summary>A <c>pnp:Parameter</c>: the value of <c>{parameter:Key}</c>.</summary>
/// <param name="Key">Parameter name.</param>
/// <param name="Value">Default value (may be empty).</param>
/// <param name="Required">True when the caller must supply a value.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record TemplateParameter(string Key, string Value, bool? Required, SourceLocation Location);

/// <summary>A <c>pnp:Localization</c> resource file.</summary>
/// <param name="Lcid">Locale id.</param>
/// <param name="Name">Resource set name, the prefix in <c>{localization:Name:Key}</c>.</param>
/// <param name="ResourceFile">Path of the .resx file, relative to the template.</param>
/// <param name="Location">Where it is defined.</param>
public sealed record TemplateLocalization(int Lcid, string Name, string ResourceFile, SourceLocation Location);
