using System.Text.Json.Nodes;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>
/// Renders one web part of a page's canvas. Text web parts (told apart by @odata.type, or by having innerHtml as the
/// Graph docs' own examples do) are sanitised; standard ones go to the view for their type, or to a labelled placeholder.
/// </summary>
internal static class WebPartRenderer
{
    private static readonly Dictionary<string, IWebPartView> Views = new IWebPartView[]
    {
        new QuickChartView(), new ImageView(), new QuickLinksView(), new ListWebPartView(), new PeopleView(), new DividerView(),
    }.ToDictionary(v => v.WebPartType);

    public static async Task<Markup> RenderAsync(JsonObject webPart, WebPartContext context)
    {
        var odataType = webPart.Text("@odata.type") ?? "";
        if (odataType.EndsWith("textWebPart", StringComparison.OrdinalIgnoreCase) || (odataType.Length == 0 && webPart.ContainsKey("innerHtml")))
        {
            return Markup.Html($"<div class=\"cs-webpart cs-text\">{HtmlSanitizer.Sanitize(webPart.Text("innerHtml"))}</div>");
        }

        var part = new WebPartData(webPart);
        var body = Views.TryGetValue(part.Type, out var view) ? await view.RenderAsync(part, context) : Placeholder(part);
        return Markup.Html($"<div class=\"cs-webpart\" data-webpart-type=\"{part.Type}\">{body}</div>");
    }

    /// <summary>An unknown or unsupported web part: a box naming it, as SharePoint's edit mode shows missing web parts.</summary>
    public static Markup Placeholder(WebPartData part, string? reason = null) => Markup.Html(
        $"<div class=\"placeholder\" role=\"note\"><strong>{part.Data.Text("title") ?? "Web part"}</strong>{reason ?? "This web part is not shown by the local tenant."}<br><small>{part.Type}</small></div>");

    /// <summary>A web part's heading, when it has one.</summary>
    public static Markup Heading(string? title) => string.IsNullOrWhiteSpace(title) ? Markup.Empty : Markup.Html($"<h2 class=\"wp-title\">{title}</h2>");
}
