using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;
using CopSites.LocalTenant.WebUi.WebParts;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>A site page: its title area (SharePoint hides it on pages with the "home" layout) and its canvas.</summary>
internal static class SitePageView
{
    public static async Task<(string Title, Markup Content)?> RenderAsync(TenantSession session, UiSite site, string pageName, UiRequest request, CancellationToken ct)
    {
        var page = (await session.FindByPropertyAsync(EntityKinds.Page, site.Id, "name", pageName, ct)).FirstOrDefault();
        if (page is null)
        {
            return null;
        }

        var doc = page.Document;
        var title = doc.Text("title") ?? pageName;
        var canvas = await CanvasMarkup.RenderAsync(doc.Object("canvasLayout"), new WebPartContext(session, site, request, ct));
        var titleArea = doc.Text("pageLayout") == "home" ? Markup.Empty : TitleArea(doc, title, page);
        return ($"{title} - {site.Title}", Markup.Html($"{Draft(doc)}{titleArea}{canvas}"));
    }

    private static Markup TitleArea(JsonObject doc, string title, StoredEntity page)
    {
        var area = doc.Object("titleArea");
        var above = area.Flag("showTextBlockAboveTitle") && area.Text("textAboveTitle") is { } text ? Markup.Html($"<div class=\"above\">{text}</div>") : Markup.Empty;
        var byline = new List<string>();
        if (area.Flag("showAuthor") && doc.Object("createdBy").Object("user").Text("displayName") is { } author)
        {
            byline.Add(author);
        }

        if (area.Flag("showPublishedDate"))
        {
            byline.Add("Published " + DocumentReading.ShortDate(page.Modified));
        }

        var layout = area.Text("layout") is "colorBlock" ? "colorBlock" : "";
        var bylineMarkup = byline.Count == 0 ? Markup.Empty : Markup.Html($"<div class=\"byline\">{string.Join(" · ", byline)}</div>");
        return Markup.Html($"<div class=\"title-area {layout}\">{above}<h1 class=\"page-title\">{title}</h1>{bylineMarkup}</div>");
    }

    /// <summary>Editors see unpublished pages with a notice; so does everyone here, since the UI has no sign-in.</summary>
    private static Markup Draft(JsonObject doc) => doc.Object("publishingState").Text("level") is { } level && level != "published"
        ? Markup.Html($"<div class=\"content-inner\" style=\"padding-bottom:0\"><span class=\"badge\">Draft: this page is not published ({level})</span></div>")
        : Markup.Empty;
}
