using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.SharePointRest.Web;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>
/// Renders a stored page (Graph sitePage JSON) as SP.Publishing.SitePage. Id is the page's integer item id (the
/// store's row sequence: unique and stable, though not 1, 2, 3 per library); UniqueId is the Graph page id.
/// </summary>
internal static class SitePageJson
{
    public const string EntitySet = "SP.Publishing.SitePages";

    public static RestEntity ToEntity(StoredEntity page, string sitePath, TenantContext tenant)
    {
        var doc = page.Document;
        var name = doc["name"]?.ToString() ?? "";
        var url = "SitePages/" + name;
        var level = SitePageDocument.Level(doc);
        var banner = doc["titleArea"]?["imageWebUrl"]?.ToString();
        var promoted = doc["promotionKind"]?.ToString() == "newsPost" ? (level == "published" ? 2 : 1) : 0;
        var properties = new JsonObject
        {
            ["AbsoluteUrl"] = tenant.WebUrl(SiteFactory.JoinPath(sitePath, url)),
            ["AuthorByline"] = null,
            ["BannerImageUrl"] = banner,
            ["CanvasContent1"] = CanvasContentWriter.ToCanvasContent1(doc["canvasLayout"]),
            ["Created"] = WebJson.Date(page.Created),
            ["Description"] = doc["description"]?.DeepClone(),
            ["FileName"] = name,
            ["Id"] = page.Sequence,
            ["IsPageCheckedOutToCurrentUser"] = level == "checkout",
            ["IsWebWelcomePage"] = name.Equals("Home.aspx", StringComparison.OrdinalIgnoreCase),
            ["LayoutWebpartsContent"] = "[]",
            ["Modified"] = WebJson.Date(page.Modified),
            ["PageLayoutType"] = SitePageDocument.RestLayout(doc["pageLayout"]?.ToString()),
            ["Path"] = new JsonObject { ["DecodedUrl"] = url },
            ["PromotedState"] = promoted,
            ["Title"] = doc["title"]?.DeepClone(),
            ["TopicHeader"] = doc["titleArea"]?["textAboveTitle"]?.DeepClone(),
            ["UniqueId"] = page.Id,
            ["Url"] = url,
            ["Version"] = SitePageDocument.Version(doc),
        };
        return new RestEntity("SP.Publishing.SitePage", EntitySet, $"SitePages/Pages({page.Sequence})", properties);
    }
}
