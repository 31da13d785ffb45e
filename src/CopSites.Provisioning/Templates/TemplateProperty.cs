namespace CopSites.Provisioning.Templates;

/// <summary>A key/value pair kept in template order (properties, custom properties, field values).</summary>
/// <param name="Key">Property name.</param>
/// <param name="Value">Property value, possibly holding tokens.</param>
public sealed record TemplateProperty(string Key, string Value);
