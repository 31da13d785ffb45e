using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>
/// Maps raw SharePoint CAML (<c>&lt;Field&gt;</c> and <c>&lt;View&gt;</c>): the XML is kept as text and
/// the attributes the planner needs are parsed from it.
/// </summary>
internal static class CamlMapper
{
    public static IEnumerable<FieldDefinition> Fields(ElementScope container) =>
        Raw(container, "Field").Select(e => (Element: e, Schema: ToSchemaXml(e))).Where(k => WithinLimit(k.Element, k.Schema, container.Context))
            .Select(k => Field(k.Element, k.Schema, container.Context));

    public static IEnumerable<ViewDefinition> Views(ElementScope container) =>
        Raw(container, "View").Select(e => (Element: e, Schema: ToSchemaXml(e))).Where(k => WithinLimit(k.Element, k.Schema, container.Context))
            .Select(k => View(k.Element, k.Schema, container.Context));

    /// <summary>Keeps an element as unformatted XML text, the form the writer emits and the reader compares.</summary>
    public static string ToSchemaXml(XElement element) => element.ToString(SaveOptions.DisableFormatting);

    private static List<XElement> Raw(ElementScope container, string localName)
    {
        var kept = new List<XElement>();
        foreach (var child in container.Element.Elements())
        {
            if (child.Name.LocalName == localName && child.Name.Namespace != container.Context.Pnp)
            {
                kept.Add(child);
            }
            else
            {
                container.Context.ReportUnsupported(child);
            }
        }

        return kept;
    }

    // Fragments are parsed again at every planning pass: one over the limit is refused here, with its line, not there.
    private static bool WithinLimit(XElement e, string schemaXml, ReadContext context)
    {
        if (schemaXml.Length <= SafeXml.MaxFragmentCharacters)
        {
            return true;
        }

        var location = context.LocationOf(e);
        var subject = $"{e.Name.LocalName}[@Name='{Attr(e, "Name") ?? Attr(e, "DisplayName")}']";
        context.Report(DiagnosticSeverity.Error, TemplateDiagnosticCode.OverLimit, subject,
            $"{subject} at {location} has {schemaXml.Length:N0} characters of CAML, over the limit of {SafeXml.MaxFragmentCharacters:N0}; the element is refused.", location);
        return false;
    }

    private static FieldDefinition Field(XElement e, string schemaXml, ReadContext context)
    {
        var location = context.LocationOf(e);
        var idText = Attr(e, "ID");
        Guid? id = Guid.TryParse(idText, out var parsed) ? parsed : null;
        if (idText is not null && id is null)
        {
            context.Report(DiagnosticSeverity.Warning, TemplateDiagnosticCode.InvalidValue, "Field/@ID",
                $"Field ID '{idText}' at {location} is not a GUID; the field will be matched by name.", location);
        }

        var choices = e.Descendants().Where(d => d.Name.LocalName == "CHOICE").Select(c => c.Value).ToValueList();
        return new FieldDefinition(schemaXml, id, Attr(e, "Name"), Attr(e, "StaticName"), Attr(e, "DisplayName"),
            Attr(e, "Type"), Attr(e, "Group"), CamlBool(Attr(e, "Required")), choices, Attr(e, "Format"), Attr(e, "List"),
            Attr(e, "ShowField"), Attr(e, "Min"), Attr(e, "Max"), Child(e, "Default"), Child(e, "Formula"), location);
    }

    private static ViewDefinition View(XElement e, string schemaXml, ReadContext context)
    {
        var viewFields = e.Elements().Where(c => c.Name.LocalName == "ViewFields")
            .SelectMany(v => v.Elements()).Select(f => Attr(f, "Name") ?? string.Empty).ToValueList();
        var rowLimitText = Child(e, "RowLimit");
        int? rowLimit = int.TryParse(rowLimitText, out var limit) ? limit : null;
        return new ViewDefinition(schemaXml, Attr(e, "DisplayName"), CamlBool(Attr(e, "DefaultView")), Attr(e, "Type"),
            Attr(e, "Url"), viewFields, rowLimit, context.LocationOf(e));
    }

    private static string? Attr(XElement e, string name) =>
        e.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value;

    private static string? Child(XElement e, string name) =>
        e.Elements().FirstOrDefault(c => c.Name.LocalName == name)?.Value;

    private static bool? CamlBool(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" => true,
        "FALSE" or "0" => false,
        _ => null,
    };
}
