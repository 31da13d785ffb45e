using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Sites;

/// <summary>
/// Creates a site as SharePoint does: the site itself, its "Documents" and "Site Pages" libraries, and a Home page.
/// Stored shapes (documented in docs/local-tenant.md) are shared by every resource family.
/// </summary>
public static class SiteFactory
{
    /// <summary>Creates a site at <paramref name="serverRelativePath"/> ("/" for the root, "/sites/x" otherwise).</summary>
    public static async Task<StoredEntity> CreateAsync(TenantSession session, string hostName, string serverRelativePath,
        string title, string description, string? groupId, CancellationToken ct, string template = "GROUP#0")
    {
        var siteId = SiteIds.NewSiteId(hostName);
        var name = serverRelativePath == "/" ? "" : serverRelativePath.TrimEnd('/').Split('/')[^1];
        var site = new JsonObject
        {
            ["id"] = siteId,
            ["name"] = name,
            ["displayName"] = title,
            ["description"] = description,
            ["serverRelativePath"] = serverRelativePath,
            ["hostName"] = hostName,
            ["groupId"] = groupId,
            ["template"] = serverRelativePath == "/" ? "SITEPAGEPUBLISHING#0" : template,
            ["sharingCapability"] = "disabled",
            ["logoUrl"] = null,
        };
        var stored = await session.InsertAsync(EntityKinds.Site, "", siteId, site, ct);
        await CreateLibraryAsync(session, siteId, serverRelativePath, "Shared Documents", "Documents", "documentLibrary", ct);
        await CreateLibraryAsync(session, siteId, serverRelativePath, "SitePages", "Site Pages", "webPageLibrary", ct);
        await CreateHomePageAsync(session, siteId, title, ct);
        return stored;
    }

    /// <summary>The stored shape of a list or library.</summary>
    public static JsonObject ListDocument(string siteId, string siteServerRelativePath, string listId, string urlName, string displayName,
        string template, string description = "") => new()
    {
        ["id"] = listId,
        ["name"] = urlName,
        ["displayName"] = displayName,
        ["description"] = description,
        ["list"] = new JsonObject { ["template"] = template, ["hidden"] = false, ["contentTypesEnabled"] = false },
        ["serverRelativePath"] = JoinPath(siteServerRelativePath, IsLibrary(template) ? urlName : "Lists/" + urlName),
        ["driveId"] = IsLibrary(template) ? SiteIds.DriveId(siteId, listId) : null,
        ["nextItemId"] = 1,
    };

    /// <summary>True for templates whose list is a library with a drive.</summary>
    public static bool IsLibrary(string template) => template is "documentLibrary" or "webPageLibrary" or "pictureLibrary" or "mySiteDocumentLibrary";

    /// <summary>Joins a site path and a relative path.</summary>
    public static string JoinPath(string site, string relative) => site.TrimEnd('/') + "/" + relative.TrimStart('/');

    private static async Task CreateLibraryAsync(TenantSession session, string siteId, string sitePath, string urlName, string title, string template, CancellationToken ct)
    {
        var listId = Guid.NewGuid().ToString();
        await session.InsertAsync(EntityKinds.List, siteId, listId, ListDocument(siteId, sitePath, listId, urlName, title, template), ct);
    }

    private static async Task CreateHomePageAsync(TenantSession session, string siteId, string title, CancellationToken ct)
    {
        var pageId = Guid.NewGuid().ToString();
        var page = new JsonObject
        {
            ["id"] = pageId,
            ["name"] = "Home.aspx",
            ["title"] = "Home",
            ["pageLayout"] = "home",
            ["promotionKind"] = "page",
            ["showComments"] = false,
            ["showRecommendedPages"] = false,
            ["publishingState"] = new JsonObject { ["level"] = "published", ["versionId"] = "1.0" },
            ["titleArea"] = new JsonObject { ["layout"] = "plain", ["showAuthor"] = false, ["showPublishedDate"] = false, ["textAlignment"] = "left" },
            ["canvasLayout"] = new JsonObject
            {
                ["horizontalSections"] = new JsonArray(new JsonObject
                {
                    ["id"] = "1",
                    ["layout"] = "oneColumn",
                    ["emphasis"] = "none",
                    ["columns"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "1",
                        ["width"] = 12,
                        ["webparts"] = new JsonArray(new JsonObject
                        {
                            ["@odata.type"] = "#microsoft.graph.textWebPart",
                            ["id"] = Guid.NewGuid().ToString(),
                            ["innerHtml"] = $"<p>Welcome to {System.Net.WebUtility.HtmlEncode(title)}.</p>",
                        }),
                    }),
                }),
            },
        };
        await session.InsertAsync(EntityKinds.Page, siteId, pageId, page, ct);
    }
}
