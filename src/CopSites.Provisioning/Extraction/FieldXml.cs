using System.Globalization;
using System.Xml.Linq;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Extraction;

/// <summary>Turns a <c>&lt;Field&gt;</c> element into the template model, as the reader would.</summary>
internal static class FieldXml
{
    /// <summary>CAML's boolean spelling.</summary>
    public static string Caml(bool value) => value ? "TRUE" : "FALSE";

    /// <summary>A number as CAML writes it (invariant culture, no exponent for ordinary values).</summary>
    public static string Caml(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The model of a field element: its unformatted XML plus the attributes the reader parses.</summary>
    public static FieldDefinition Definition(XElement field)
    {
        string? Attr(string name) => field.Attribute(name)?.Value;
        string? Child(string name) => field.Element(name)?.Value;
        var choices = field.Descendants("CHOICE").Select(c => c.Value).ToValueList();
        var required = Attr("Required") is { } text ? text == "TRUE" : (bool?)null;
        return new FieldDefinition(field.ToString(SaveOptions.DisableFormatting), Guid.TryParse(Attr("ID"), out var id) ? id : null,
            Attr("Name"), Attr("StaticName"), Attr("DisplayName"), Attr("Type"), Attr("Group"), required, choices, Attr("Format"),
            Attr("List"), Attr("ShowField"), Attr("Min"), Attr("Max"), Child("Default"), Child("Formula"), SourceLocation.None);
    }
}
