using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Sites;

/// <summary>Renders a stored site as Graph's microsoft.graph.site.</summary>
public static class SiteJson
{
    /// <summary>The Graph representation.</summary>
    public static JsonObject ToGraph(StoredEntity site, TenantContext tenant)
    {
        var doc = site.Document;
        var path = doc["serverRelativePath"]!.GetValue<string>();
        var (collectionId, webId) = SiteIds.Parts(site.Id);
        var json = new JsonObject
        {
            ["@odata.context"] = $"{tenant.GraphBase}/$metadata#sites/$entity",
            ["id"] = site.Id,
            ["name"] = doc["name"]?.DeepClone(),
            ["displayName"] = doc["displayName"]?.DeepClone(),
            ["description"] = doc["description"]?.DeepClone(),
            ["webUrl"] = tenant.WebUrl(path),
            ["createdDateTime"] = site.Created.UtcDateTime,
            ["lastModifiedDateTime"] = site.Modified.UtcDateTime,
            ["isPersonalSite"] = false,
            ["siteCollection"] = new JsonObject { ["hostname"] = tenant.HostName },
            ["sharepointIds"] = new JsonObject
            {
                ["siteId"] = collectionId,
                ["webId"] = webId,
                ["siteUrl"] = tenant.WebUrl(path),
                ["tenantId"] = tenant.TenantId,
            },
        };
        if (path == "/")
        {
            json["root"] = new JsonObject();
        }

        return json;
    }
}
