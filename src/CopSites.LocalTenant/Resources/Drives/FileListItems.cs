using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// Keeps the list item behind each file and folder, as SharePoint does: a library is a list, and its files are its items.
/// The stored shape is the list family's ({id, contentType, fields, createdBy, lastModifiedBy}) plus driveItemId,
/// so list item routes serve these items like any other.
/// </summary>
internal static class FileListItems
{
    /// <summary>Creates the list item of a new file or folder, taking its id from the list's nextItemId; returns the id.</summary>
    public static async Task<string> CreateAsync(TenantSession session, Library library, JsonObject driveItem, CancellationToken ct)
    {
        var list = await session.GetAsync(EntityKinds.List, library.Site.Id, library.List.Id, ct)
            ?? throw GraphProblem.NotFound("The library was deleted.");
        var listDoc = list.CloneDocument();
        var id = (listDoc["nextItemId"]?.GetValue<int>() ?? 1).ToString(CultureInfo.InvariantCulture);
        listDoc["nextItemId"] = int.Parse(id, CultureInfo.InvariantCulture) + 1;
        await session.ReplaceAsync(EntityKinds.List, library.Site.Id, list.Id, listDoc, null, ct);

        var doc = driveItem;
        var isFile = doc["file"] is not null;
        var item = new JsonObject
        {
            ["id"] = id,
            ["contentType"] = await ContentTypeAsync(session, library, isFile ? "Document" : "Folder", ct),
            ["fields"] = Fields(doc, new JsonObject { ["Title"] = null }),
            ["createdBy"] = doc["createdBy"]?.DeepClone(),
            ["lastModifiedBy"] = doc["lastModifiedBy"]?.DeepClone(),
            ["driveItemId"] = doc["id"]!.DeepClone(),
        };
        await session.InsertAsync(EntityKinds.ListItem, library.Scope, id, item, ct);
        return id;
    }

    /// <summary>Brings the list item in line with its file after a rename, a move or new content.</summary>
    public static async Task SyncAsync(TenantSession session, Library library, StoredEntity driveItem, CancellationToken ct)
    {
        var listItemId = driveItem.Document["listItemId"]?.GetValue<string>();
        if (listItemId is null || await session.GetAsync(EntityKinds.ListItem, library.Scope, listItemId, ct) is not { } current)
        {
            return;
        }

        var doc = current.CloneDocument();
        doc["fields"] = Fields(driveItem.Document, doc["fields"] as JsonObject ?? []);
        doc["lastModifiedBy"] = driveItem.Document["lastModifiedBy"]?.DeepClone();
        await session.ReplaceAsync(EntityKinds.ListItem, library.Scope, listItemId, doc, null, ct);
    }

    /// <summary>Deletes the list item of a deleted file or folder.</summary>
    public static async Task DeleteAsync(TenantSession session, Library library, StoredEntity driveItem, CancellationToken ct)
    {
        if (driveItem.Document["listItemId"]?.GetValue<string>() is { } listItemId)
        {
            await session.DeleteAsync(EntityKinds.ListItem, library.Scope, listItemId, ct);
        }
    }

    private static JsonObject Fields(JsonObject driveItem, JsonObject existing)
    {
        var fields = (JsonObject)existing.DeepClone();
        var name = driveItem["name"]!.GetValue<string>();
        fields["FileLeafRef"] = name;
        if (driveItem["file"] is not null)
        {
            var extension = Path.GetExtension(name).TrimStart('.');
            fields["DocIcon"] = extension.Length > 0 ? extension.ToLowerInvariant() : null;
            fields["FileSizeDisplay"] = (driveItem["size"]?.GetValue<long>() ?? 0).ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }

    // A library's own content type is used when the list family has stored one; otherwise the id is derived the way
    // SharePoint derives a list's copy of a site content type: the parent id, "00", and a GUID.
    private static async Task<JsonObject> ContentTypeAsync(TenantSession session, Library library, string name, CancellationToken ct)
    {
        var stored = (await session.FindByPropertyAsync(EntityKinds.ContentType, library.Scope, "name", name, ct)).FirstOrDefault();
        var suffix = Guid.TryParse(library.List.Id, out var listGuid) ? listGuid.ToString("N").ToUpperInvariant() : "";
        var id = stored?.Id ?? (name == "Folder" ? "0x0120" : "0x0101") + "00" + suffix;
        return new JsonObject { ["id"] = id, ["name"] = name };
    }
}
