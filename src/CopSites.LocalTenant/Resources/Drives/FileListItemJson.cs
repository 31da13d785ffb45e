using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>Renders the list item behind a file as Graph's microsoft.graph.listItem (for /listItem and $expand=listItem).</summary>
internal static class FileListItemJson
{
    /// <summary>The Graph JSON; fields only when <paramref name="fields"/> asks for them, sharepointIds only when selected.</summary>
    public static JsonObject Render(StoredEntity listItem, DriveNode file, DriveItemJson files, Library library, ExpandOption? fields, bool withSharePointIds)
    {
        var doc = listItem.Document;
        var eTag = $"\"{DriveItemJson.UniqueId(file.Entity!)},{listItem.Version}\"";
        var json = new JsonObject
        {
            ["@odata.etag"] = eTag,
            ["createdDateTime"] = listItem.Created.UtcDateTime,
            ["eTag"] = eTag,
            ["id"] = listItem.Id,
            ["lastModifiedDateTime"] = listItem.Modified.UtcDateTime,
            ["webUrl"] = files.WebUrl(file),
            ["createdBy"] = doc["createdBy"]?.DeepClone(),
            ["lastModifiedBy"] = doc["lastModifiedBy"]?.DeepClone(),
            ["parentReference"] = new JsonObject { ["id"] = library.List.Id, ["siteId"] = library.Site.Id },
            ["contentType"] = doc["contentType"]?.DeepClone(),
        };
        if (withSharePointIds)
        {
            var (collectionId, webId) = SiteIds.Parts(library.Site.Id);
            json["sharepointIds"] = new JsonObject
            {
                ["listId"] = library.List.Id,
                ["listItemId"] = listItem.Id,
                ["listItemUniqueId"] = file.Entity!.Document["uniqueId"]?.DeepClone(),
                ["siteId"] = collectionId,
                ["webId"] = webId,
            };
        }

        if (fields is not null)
        {
            var values = new JsonObject { ["@odata.etag"] = eTag, ["id"] = listItem.Id };
            foreach (var (name, value) in doc["fields"] as JsonObject ?? [])
            {
                values[name] = value?.DeepClone();
            }

            values["ContentType"] = doc["contentType"]?["name"]?.DeepClone();
            values["Created"] = listItem.Created.UtcDateTime;
            values["Modified"] = listItem.Modified.UtcDateTime;
            json["fields"] = CollectionResponder.Select(values, fields.Select);
        }

        return json;
    }
}
