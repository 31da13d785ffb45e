using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Drives;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>Renders a stored page as Graph's microsoft.graph.sitePage; canvasLayout only when asked for.</summary>
internal static class SitePageJson
{
    /// <summary>The content type SharePoint gives modern pages.</summary>
    private const string SitePageContentTypeId = "0x0101009D1CB255DA76424F860D91F20E6C4118";

    /// <summary>The Graph JSON of <paramref name="page"/>.</summary>
    public static JsonObject Render(StoredEntity page, StoredEntity site, TenantContext tenant, bool withCanvas)
    {
        var doc = page.Document;
        var json = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.sitePage",
            ["id"] = page.Id,
            ["name"] = doc["name"]?.DeepClone(),
            ["title"] = doc["title"]?.DeepClone(),
            ["description"] = doc["description"]?.DeepClone(),
            ["webUrl"] = WebUrl(page, site, tenant),
            ["eTag"] = ETag(page),
            ["createdDateTime"] = page.Created.UtcDateTime,
            ["lastModifiedDateTime"] = page.Modified.UtcDateTime,
            ["createdBy"] = doc["createdBy"]?.DeepClone() ?? CallerIdentity.System(),
            ["lastModifiedBy"] = doc["lastModifiedBy"]?.DeepClone() ?? CallerIdentity.System(),
            ["parentReference"] = new JsonObject { ["siteId"] = site.Id },
            ["contentType"] = new JsonObject { ["id"] = SitePageContentTypeId, ["name"] = "Site Page" },
            ["pageLayout"] = doc["pageLayout"]?.DeepClone() ?? "article",
            ["promotionKind"] = doc["promotionKind"]?.DeepClone() ?? "page",
            ["showComments"] = doc["showComments"]?.DeepClone() ?? false,
            ["showRecommendedPages"] = doc["showRecommendedPages"]?.DeepClone() ?? false,
            ["thumbnailWebUrl"] = doc["thumbnailWebUrl"]?.DeepClone(),
            ["publishingState"] = doc["publishingState"]?.DeepClone(),
            ["titleArea"] = doc["titleArea"]?.DeepClone(),
        };
        if (withCanvas)
        {
            json["canvasLayout"] = doc["canvasLayout"]?.DeepClone() ?? new JsonObject();
        }

        return json;
    }

    /// <summary>A page's eTag: its id and stored version.</summary>
    public static string ETag(StoredEntity page) => $"\"{{{page.Id.ToUpperInvariant()}}},{page.Version}\"";

    /// <summary>Every web part of a page in reading order: horizontal sections, then the vertical section.</summary>
    public static IEnumerable<JsonObject> WebParts(StoredEntity page)
    {
        var canvas = page.Document["canvasLayout"];
        var horizontal = (canvas?["horizontalSections"] as JsonArray ?? [])
            .SelectMany(s => s?["columns"] as JsonArray ?? [])
            .SelectMany(c => c?["webparts"] as JsonArray ?? []);
        var vertical = canvas?["verticalSection"]?["webparts"] as JsonArray ?? [];
        return horizontal.Concat(vertical).OfType<JsonObject>().Select(p => (JsonObject)p.DeepClone());
    }

    private static string WebUrl(StoredEntity page, StoredEntity site, TenantContext tenant)
    {
        var sitePath = site.Document["serverRelativePath"]!.GetValue<string>().TrimEnd('/');
        return tenant.WebUrl(DriveItemJson.EscapePath($"{sitePath}/SitePages/{page.Document["name"]}"));
    }
}
