using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>Renders a stored list as Graph's microsoft.graph.list.</summary>
public static class ListJson
{
    /// <summary>The Graph representation, without navigation properties.</summary>
    public static JsonObject ToGraph(StoredEntity list, TenantContext tenant)
    {
        var doc = list.Document;
        var eTag = $"\"{list.Id},{list.Version}\"";
        var info = (JsonObject)(doc["list"]?.DeepClone() ?? new JsonObject());
        var json = new JsonObject
        {
            ["@odata.etag"] = eTag,
            ["createdDateTime"] = list.Created.UtcDateTime,
            ["description"] = doc["description"]?.DeepClone() ?? "",
            ["eTag"] = eTag,
            ["id"] = list.Id,
            ["lastModifiedDateTime"] = list.Modified.UtcDateTime,
            ["name"] = doc["name"]?.DeepClone(),
            ["webUrl"] = WebUrl(tenant, doc["serverRelativePath"]!.GetValue<string>()),
            ["displayName"] = doc["displayName"]?.DeepClone(),
            ["parentReference"] = new JsonObject { ["siteId"] = list.Scope },
            ["list"] = new JsonObject
            {
                ["contentTypesEnabled"] = info["contentTypesEnabled"]?.GetValue<bool>() ?? false,
                ["hidden"] = info["hidden"]?.GetValue<bool>() ?? false,
                ["template"] = info["template"]?.GetValue<string>() ?? "genericList",
            },
        };
        if (doc["createdBy"] is JsonObject createdBy)
        {
            json["createdBy"] = createdBy.DeepClone();
        }

        if (doc["system"]?.GetValue<bool>() == true)
        {
            json["system"] = new JsonObject();
        }

        return json;
    }

    /// <summary>An absolute URL for a server-relative path, each segment escaped as SharePoint does (spaces as %20).</summary>
    public static string WebUrl(TenantContext tenant, string serverRelativePath) =>
        tenant.WebUrl(string.Join('/', serverRelativePath.Split('/').Select(Uri.EscapeDataString)));
}
