using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>
/// The columns SharePoint puts on every list of a template (Title, Created, Author...; libraries add FileLeafRef and
/// friends; events add EventDate...). They are not stored: every list has them, whoever created it. Ids are
/// SharePoint's own field ids, so provisioning templates that reference them by id line up.
/// </summary>
public static class BuiltInColumns
{
    private const string Base = "Base Columns";
    private const string Core = "Core Contact and Calendar Columns";
    private const string Task = "Core Task and Issue Columns";
    private const string Document = "Core Document Columns";

    private static readonly JsonObject[] Common =
    [
        Make("1d22ea11-1e32-424e-89ab-9fedbadb6ce1", "ID", "ID", "number", Base, readOnly: true, indexed: true),
        Make("c042a256-787d-4a6f-8a8a-cf6ab767f12d", "ContentType", "Content Type", "text", Base, readOnly: true),
        Make("28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f", "Modified", "Modified", "dateTime", Base, readOnly: true),
        Make("8c06beca-0777-48f7-91c7-6da68bc07b69", "Created", "Created", "dateTime", Base, readOnly: true),
        Make("1df5e554-ec7e-46a6-901d-d85a3881cb18", "Author", "Created By", "personOrGroup", Base, readOnly: true),
        Make("d31655d1-1d5b-4511-95a1-7a09e9b75bf2", "Editor", "Modified By", "personOrGroup", Base, readOnly: true),
        Make("dce8262a-3ae9-45aa-aab4-83bd75fb738a", "_UIVersionString", "Version", "text", Base, readOnly: true),
        Make("b824e17e-a1b3-426e-aecf-f0184d900485", "ItemChildCount", "Item Child Count", "text", Base, readOnly: true, hidden: true),
        Make("960ff01f-2b6d-4f1b-9c3f-e19ad8927341", "FolderChildCount", "Folder Child Count", "text", Base, readOnly: true, hidden: true),
    ];

    private static readonly JsonObject[] ListOnly =
    [
        Make("fa564e0f-0c70-4ab9-b863-0177e6ddd247", "Title", "Title", "text", Base, required: true),
        Make("67df98f4-9dec-48ff-a553-29bece9c5bf4", "Attachments", "Attachments", "boolean", Base, readOnly: true),
        Make("82642ec8-ef9b-478f-acf9-31f7d45fbc31", "LinkTitle", "Title", "text", Base, readOnly: true),
        Make("bc91a437-52e7-49e1-8c4e-4698904b2b6d", "LinkTitleNoMenu", "Title", "text", Base, readOnly: true),
    ];

    private static readonly JsonObject[] LibraryOnly =
    [
        Make("8553196d-ec8d-4564-9861-3dbe931050c8", "FileLeafRef", "Name", "text", Document, required: true),
        Make("fa564e0f-0c70-4ab9-b863-0177e6ddd247", "Title", "Title", "text", Base),
        Make("5cc6dc79-3710-4374-b433-61cb4a686c12", "LinkFilename", "Name", "text", Document, readOnly: true),
        Make("081c6e4c-5c14-4f26-a78d-01d4c7bdd1e6", "DocIcon", "Type", "text", Document, readOnly: true),
        Make("78a07ba4-bda8-4357-9e0f-580d64487583", "FileSizeDisplay", "File Size", "number", Document, readOnly: true),
    ];

    private static readonly JsonObject[] EventOnly =
    [
        Make("288f5f32-8462-4175-8f09-dd7ba29359a9", "Location", "Location", "text", Core),
        Make("64cd368d-2f95-4bfc-a1f9-8d4324ecb007", "EventDate", "Start Time", "dateTime", Core, required: true),
        Make("2684f9f2-54be-429f-ba06-76754fc056bf", "EndDate", "End Time", "dateTime", Core, required: true),
        Make("9da97a8a-1da5-4a77-98d3-4bc10456e700", "Description", "Description", "note", Core),
        Make("7d95d1f4-f5fd-4a70-90cd-b35abc9b5bc8", "fAllDayEvent", "All Day Event", "boolean", Core),
        Make("6df9bd52-550e-4a30-bc31-a4366832a87d", "Category", "Category", "choice", Core,
            choices: ["Meeting", "Work hours", "Business", "Holiday", "Get-together", "Gifts", "Birthday", "Anniversary"]),
    ];

    private static readonly JsonObject[] TaskOnly =
    [
        Make("c15b34c3-ce7d-490a-b133-3f4de8801b76", "Status", "Task Status", "choice", Task,
            choices: ["Not Started", "In Progress", "Completed", "Deferred", "Waiting on someone else"], defaultValue: "Not Started"),
        Make("a8eb573e-9e11-481a-a8c9-1104a54b2fbd", "Priority", "Priority", "choice", Task,
            choices: ["(1) High", "(2) Normal", "(3) Low"], defaultValue: "(2) Normal"),
        Make("d2311440-1ed6-46ea-b46d-daa643dc3886", "PercentComplete", "% Complete", "number", Task),
        Make("53101f38-dd2e-458c-b245-0c236cc13d1a", "AssignedTo", "Assigned To", "personOrGroup", Task),
        Make("64cd368d-2f95-4bfc-a1f9-8d4324ecb007", "StartDate", "Start Date", "dateTime", Task),
        Make("cd21b4c2-6841-4f9e-a23a-738a65f99889", "DueDate", "Due Date", "dateTime", Task),
        Make("7662cd2c-f069-4dba-9e35-082cf976e170", "Body", "Description", "note", Task),
    ];

    /// <summary>The built-in columns of a list made from <paramref name="template"/>, as fresh copies.</summary>
    public static IReadOnlyList<JsonObject> ForList(string template, bool isLibrary)
    {
        IEnumerable<JsonObject> columns = (isLibrary ? LibraryOnly : ListOnly).Concat(Common);
        columns = template switch
        {
            "events" => columns.Concat(EventOnly),
            "tasks" or "tasksWithTimelineAndHierarchy" or "ganttTasks" => columns.Concat(TaskOnly),
            _ => columns,
        };
        return columns.Select(c => (JsonObject)c.DeepClone()).ToList();
    }

    /// <summary>The built-in site columns every site has (one per internal name).</summary>
    public static IReadOnlyList<JsonObject> ForSite() =>
        ListOnly.Take(1).Concat(Common).Concat(LibraryOnly.Take(1)).Concat(EventOnly).Concat(TaskOnly)
            .Where(c => c["name"]!.GetValue<string>() != "StartDate")
            .Select(c => (JsonObject)c.DeepClone()).ToList();

    /// <summary>True when the column is one of SharePoint's own (it may be changed, not deleted).</summary>
    public static bool IsBuiltIn(JsonObject column) => column["isDeletable"]?.GetValue<bool>() == false;

    private static JsonObject Make(string id, string name, string displayName, string type, string group,
        bool readOnly = false, bool required = false, bool hidden = false, bool indexed = false,
        string[]? choices = null, string? defaultValue = null)
    {
        var (facet, facetJson) = type switch
        {
            "note" => ("text", new JsonObject { ["allowMultipleLines"] = true }),
            "choice" => ("choice", new JsonObject { ["choices"] = new JsonArray((choices ?? []).Select(c => (JsonNode)c).ToArray()) }),
            _ => (type, new JsonObject()),
        };
        var column = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["displayName"] = displayName,
            ["description"] = "",
            ["columnGroup"] = group,
            ["enforceUniqueValues"] = false,
            ["hidden"] = hidden,
            ["indexed"] = indexed,
            ["readOnly"] = readOnly,
            ["required"] = required,
            ["isDeletable"] = false,
            ["isReorderable"] = !readOnly,
            ["isSealed"] = readOnly,
            ["propagateChanges"] = false,
            [facet] = ColumnFacets.Normalise(facet, facetJson),
        };
        if (defaultValue is not null)
        {
            column["defaultValue"] = new JsonObject { ["value"] = defaultValue };
        }

        return column;
    }
}
