using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>A document library's All Items view: folders first, then files, each with name, modified, modified by, size and the library's own columns.</summary>
internal static class LibraryTable
{
    public static ListTable Build(IReadOnlyList<StoredEntity> driveItems, IReadOnlyList<StoredEntity> items, List<UiColumn> columns, UiRequest request, int? limit)
    {
        var entries = driveItems.Where(d => !IsRoot(d.Document))
            .OrderBy(d => d.Document["folder"] is JsonObject ? 0 : 1)
            .ThenBy(d => d.Document.Text("name"), StringComparer.OrdinalIgnoreCase)
            .ToList();
        var rows = entries.Take(limit ?? int.MaxValue).Select(entry =>
        {
            var doc = entry.Document;
            var folder = doc["folder"] is JsonObject;
            var fields = ListTable.FieldsOf(items, doc.Text("listItemId"));
            var modified = DateTimeOffset.TryParse(doc.Text("lastModifiedDateTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : entry.Modified;
            var cells = new List<Markup>
            {
                Markup.Html($"<span class=\"file-icon\" aria-hidden=\"true\">{(folder ? "📁" : "📄")}</span>{doc.Text("name") ?? entry.Id}"),
                Markup.Text(DocumentReading.DateTime(modified)),
                Markup.Text(doc.Object("lastModifiedBy").Object("user").Text("displayName") ?? doc.Object("createdBy").Object("user").Text("displayName") ?? ""),
                Markup.Text(folder ? $"{doc.Object("folder").Text("childCount") ?? "0"} items" : Size(doc["size"].Number() ?? 0)),
            };
            cells.AddRange(columns.Select(c => FieldText.Render(fields?[c.Name], c, request)));
            return (IReadOnlyList<Markup>)cells;
        }).ToList();
        return new ListTable(["Name", "Modified", "Modified By", "File size", .. columns.Select(c => c.DisplayName)], rows, entries.Count);
    }

    /// <summary>The drive's root folder is stored like an item but is never listed.</summary>
    public static bool IsRoot(JsonObject doc) => doc["root"] is JsonObject || doc.Text("id") == "root";

    /// <summary>A size as SharePoint shows it: bytes, KB or MB with one decimal.</summary>
    public static string Size(double bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString("0", CultureInfo.InvariantCulture)} bytes",
        < 1024 * 1024 => $"{(bytes / 1024).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1024 / 1024).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };
}
