using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

using CopSites.Provisioning.Templates.Xml;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// A list view as SharePoint REST returns it (Title, ViewQuery, RowLimit, DefaultView, ViewFields) as a CAML
/// <c>&lt;View&gt;</c>: the reverse of the engine's <c>ListViewBuilder</c>.
/// </summary>
internal static class ViewSchemaWriter
{
    /// <summary>The view, or null (with a note) when its query is not well-formed XML.</summary>
    public static ViewDefinition? View(JsonObject view, string listTitle, ExtractionNotes notes)
    {
        var title = Text(view, "Title") ?? "";
        var where = $"view '{title}' of list '{listTitle}'";
        XElement query;
        try
        {
            query = SafeXml.ParseElement("<Query>" + notes.Literal(Text(view, "ViewQuery") ?? "", where) + "</Query>");
        }
        catch (XmlException e)
        {
            notes.Warn($"{where} has a query that is not well-formed XML ({e.Message}); the view is left out.");
            return null;
        }

        var fields = (view["ViewFields"] as JsonArray)?.Select(f => f?.ToString() ?? "").Where(f => f.Length > 0).ToList() ?? [];
        var isDefault = Flag(view, "DefaultView") == true;
        var rowLimit = view["RowLimit"] is JsonValue limit && limit.TryGetValue<int>(out var rows) ? rows : (int?)null;
        var element = new XElement("View",
            new XAttribute("DisplayName", notes.Literal(title, where)),
            isDefault ? new XAttribute("DefaultView", "TRUE") : null,
            new XAttribute("Type", "HTML"),
            query.HasElements ? query : null,
            new XElement("ViewFields", fields.Select(f => new XElement("FieldRef", new XAttribute("Name", f)))),
            rowLimit is null ? null : new XElement("RowLimit", new XAttribute("Paged", "TRUE"), rowLimit));
        return new ViewDefinition(element.ToString(SaveOptions.DisableFormatting), title, isDefault ? true : null, "HTML", null,
            fields.ToValueList(), rowLimit, SourceLocation.None);
    }
}
