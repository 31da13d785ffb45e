using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Web;

/// <summary>Renders a stored site as SP.Web and SP.Site.</summary>
internal static class WebJson
{
    /// <summary>SP.Web properties the tenant keeps besides those of the site document, with SharePoint's defaults.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Settings = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["QuickLaunchEnabled"] = true,
        ["HorizontalQuickLaunch"] = false,
        ["MegaMenuEnabled"] = false,
        ["CommentsOnSitePagesDisabled"] = false,
        ["NoCrawl"] = false,
        ["ExcludeFromOfflineClient"] = false,
    };

    public static RestEntity Web(StoredEntity site, StoredEntity? settings, TenantContext tenant)
    {
        var doc = site.Document;
        var path = doc["serverRelativePath"]!.GetValue<string>();
        var template = (doc["template"]?.GetValue<string>() ?? "STS#3").Split('#');
        var logo = doc["logoUrl"]?.GetValue<string>();
        var properties = new JsonObject
        {
            ["Configuration"] = template.Length > 1 && int.TryParse(template[1], out var configuration) ? configuration : 0,
            ["Created"] = Date(site.Created),
            ["Description"] = doc["description"]?.DeepClone() ?? "",
            ["Id"] = SiteIds.Parts(site.Id).WebId,
            ["Language"] = 1033,
            ["LastItemModifiedDate"] = Date(site.Modified),
            ["LastItemUserModifiedDate"] = Date(site.Modified),
            ["ServerRelativeUrl"] = path,
            ["SiteLogoUrl"] = logo,
            ["Title"] = doc["displayName"]?.DeepClone(),
            ["Url"] = tenant.WebUrl(path).TrimEnd('/'),
            ["WebTemplate"] = template[0],
        };
        foreach (var (name, fallback) in Settings)
        {
            properties[name] = settings?.Document[name]?.GetValue<bool>() ?? fallback;
        }

        return new RestEntity("SP.Web", "SP.ApiData.Webs", "Web", properties) { Deferred = ["Lists", "Navigation", "RootFolder"] };
    }

    public static RestEntity Site(StoredEntity site, TenantContext tenant)
    {
        var path = site.Document["serverRelativePath"]!.GetValue<string>();
        var properties = new JsonObject
        {
            ["GroupId"] = site.Document["groupId"]?.GetValue<string>() ?? Guid.Empty.ToString(),
            ["Id"] = SiteIds.Parts(site.Id).SiteCollectionId,
            ["ReadOnly"] = false,
            ["ServerRelativeUrl"] = path,
            ["Url"] = tenant.WebUrl(path).TrimEnd('/'),
        };
        return new RestEntity("SP.Site", "SP.ApiData.Sites", "Site", properties) { Deferred = ["RootWeb"] };
    }

    /// <summary>SharePoint's JSON date form: UTC, seconds, "Z".</summary>
    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
