using System.Xml.Linq;
using CopSites.Provisioning.Templates;

using CopSites.Provisioning.Templates.Xml;

namespace CopSites.Provisioning.Engine.Building.Columns;

/// <summary>
/// The CAML of a field read once: the attributes <see cref="FieldDefinition"/> does not parse (Description, Hidden,
/// Decimals, RichText, UserSelectionMode…) and the taxonomy customization properties. Values keep their tokens.
/// </summary>
public sealed class FieldSchema
{
    private readonly XElement _element;

    private FieldSchema(FieldDefinition field, XElement element)
    {
        Field = field;
        _element = element;
    }

    /// <summary>The field as the reader modelled it.</summary>
    public FieldDefinition Field { get; }

    /// <summary>The internal name, or an empty string when the field has none.</summary>
    public string Name => Field.InternalName ?? "";

    /// <summary>The field type as written, or an empty string.</summary>
    public string Type => Field.Type ?? "";

    /// <summary>Reads a field's CAML.</summary>
    public static FieldSchema Of(FieldDefinition field) => new(field, SafeXml.ParseElement(field.SchemaXml));

    /// <summary>An attribute (case-insensitive), or null.</summary>
    public string? Attribute(string name) =>
        _element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>A CAML boolean attribute (TRUE/FALSE, 1/0), or null when absent or unreadable.</summary>
    public bool? Bool(string name) => Attribute(name)?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" => true,
        "FALSE" or "0" => false,
        _ => null,
    };

    /// <summary>An integer attribute, or null.</summary>
    public int? Int(string name) =>
        int.TryParse(Attribute(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The text of a child element (Default, Formula), or null.</summary>
    public string? Child(string name) => _element.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>A taxonomy customization property (<c>Customization/ArrayOfProperty/Property</c>) by name, or null.</summary>
    public string? Customization(string name) => _element.Elements().Where(e => e.Name.LocalName == "Customization")
        .Descendants().Where(e => e.Name.LocalName == "Property")
        .FirstOrDefault(p => string.Equals(p.Elements().FirstOrDefault(e => e.Name.LocalName == "Name")?.Value, name, StringComparison.OrdinalIgnoreCase))
        ?.Elements().FirstOrDefault(e => e.Name.LocalName == "Value")?.Value;

    /// <summary>True for the lookup types, which need their target list first.</summary>
    public bool IsLookup => Type is "Lookup" or "LookupMulti";

    /// <summary>True for the managed metadata types, which need their term set first.</summary>
    public bool IsTaxonomy => Type is "TaxonomyFieldType" or "TaxonomyFieldTypeMulti";

    /// <summary>True when the field allows several values (a Multi type, or <c>Mult="TRUE"</c>).</summary>
    public bool AllowsMultiple => Type.EndsWith("Multi", StringComparison.Ordinal) || Bool("Mult") == true;
}
