using System.Text.Json.Nodes;
using CopSites.LocalTenant.Resources.Columns;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>
/// SharePoint's own content types. Every site has them; every list has its own copies of the ones its template uses
/// (ids derived from the list id, so they are the same on every read). Neither is stored until changed.
/// </summary>
public static class BuiltInContentTypes
{
    private sealed record Definition(string Id, string Name, string Group, string[] Columns);

    private static readonly Definition[] Site =
    [
        new("0x01", "Item", "List Content Types", ["Title"]),
        new("0x0101", "Document", "Document Content Types", ["FileLeafRef", "Title"]),
        new("0x0102", "Event", "List Content Types", ["Title", "Location", "EventDate", "EndDate", "Description", "fAllDayEvent", "Category"]),
        new("0x0104", "Announcement", "List Content Types", ["Title"]),
        new("0x0105", "Link", "List Content Types", ["Title"]),
        new("0x0106", "Contact", "List Content Types", ["Title"]),
        new("0x0108", "Task", "List Content Types", ["Title", "Priority", "Status", "PercentComplete", "AssignedTo", "Body", "DueDate"]),
        new("0x0120", "Folder", "Folder Content Types", ["FileLeafRef"]),
        new("0x0120D520", "Document Set", "Document Set Content Types", ["FileLeafRef", "Title"]),
        new("0x0101009D1CB255DA76424F860D91F20E6C4118", "Site Page", "Document Content Types", ["FileLeafRef", "Title"]),
    ];

    /// <summary>The site content types every site has.</summary>
    public static IReadOnlyList<JsonObject> ForSite(IReadOnlyList<JsonObject> siteColumns) =>
        Site.Select(d => Render(d.Id, d, siteColumns, isBuiltIn: true)).ToList();

    /// <summary>The content types a new list of <paramref name="template"/> starts with, as that list's own copies.</summary>
    public static IReadOnlyList<JsonObject> ForList(string listId, string template, bool isLibrary, IReadOnlyList<JsonObject> listColumns)
    {
        string[] parents = template switch
        {
            "webPageLibrary" => ["0x0101009D1CB255DA76424F860D91F20E6C4118", "0x0120"],
            _ when isLibrary => ["0x0101", "0x0120"],
            "events" => ["0x0102"],
            "tasks" or "tasksWithTimelineAndHierarchy" or "ganttTasks" => ["0x0108"],
            "announcements" => ["0x0104"],
            "links" => ["0x0105"],
            "contacts" => ["0x0106"],
            _ => ["0x01"],
        };
        return parents.Select(p => Site.First(d => d.Id == p))
            .Select(d => Render(ContentTypeIds.StableChild(d.Id, listId), d, listColumns, isBuiltIn: false, parentId: d.Id))
            .ToList();
    }

    /// <summary>True for a site content type SharePoint provides.</summary>
    public static bool IsBuiltIn(JsonObject contentType) => contentType["isBuiltIn"]?.GetValue<bool>() == true;

    private static JsonObject Render(string id, Definition d, IReadOnlyList<JsonObject> columns, bool isBuiltIn, string? parentId = null)
    {
        var links = new JsonArray();
        foreach (var name in d.Columns)
        {
            if (columns.FirstOrDefault(c => c["name"]!.GetValue<string>() == name) is { } column)
            {
                links.Add(new JsonObject { ["id"] = column["id"]!.GetValue<string>(), ["name"] = name });
            }
        }

        return new JsonObject
        {
            ["id"] = id,
            ["name"] = d.Name,
            ["description"] = $"Create a new {d.Name.ToLowerInvariant()}.",
            ["group"] = d.Group,
            ["hidden"] = d.Id == "0x0120" && parentId is not null,
            ["parentId"] = parentId ?? ContentTypeIds.ParentOf(d.Id),
            ["readOnly"] = false,
            ["sealed"] = false,
            ["isBuiltIn"] = isBuiltIn,
            ["columnLinks"] = links,
            ["isPublished"] = false,
        };
    }
}
