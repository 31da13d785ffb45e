using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>The page around every view: suite bar, then for site pages the site header, top navigation and quick launch.</summary>
internal static class PageShell
{
    private const string Waffle = "<svg width=\"20\" height=\"20\" viewBox=\"0 0 20 20\" aria-hidden=\"true\" fill=\"#fff\">"
        + "<circle cx=\"3\" cy=\"3\" r=\"2\"/><circle cx=\"10\" cy=\"3\" r=\"2\"/><circle cx=\"17\" cy=\"3\" r=\"2\"/>"
        + "<circle cx=\"3\" cy=\"10\" r=\"2\"/><circle cx=\"10\" cy=\"10\" r=\"2\"/><circle cx=\"17\" cy=\"10\" r=\"2\"/>"
        + "<circle cx=\"3\" cy=\"17\" r=\"2\"/><circle cx=\"10\" cy=\"17\" r=\"2\"/><circle cx=\"17\" cy=\"17\" r=\"2\"/></svg>";

    /// <summary>An inline icon, so the browser does not ask the tenant for /favicon.ico.</summary>
    private static readonly string Favicon = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><rect width='16' height='16' rx='3' fill='#038387'/><text x='8' y='12' font-size='11' text-anchor='middle' fill='#fff' font-family='sans-serif'>S</text></svg>"));

    /// <summary>A whole HTML document; the navigation link matching the request path is marked as selected.</summary>
    public static string Render(UiRequest request, string title, UiSite? site, Markup content)
    {
        var chrome = site is null
            ? Markup.Html($"<main class=\"content\">{content}</main>")
            : Markup.Html($"{SiteHeader(site, request)}{TopNavigation(site, request.Path)}<div class=\"body\">{QuickLaunch(site, request.Path)}<main class=\"content\">{content}</main></div>");
        return Markup.Html($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="{Favicon}"><title>{title}</title><style>{Markup.Trusted(ShellStyles.Css)}</style></head>
            <body><header class="suite-bar"><a class="waffle" href="/" title="SharePoint home">{Markup.Trusted(Waffle)}</a><a class="brand" href="/">SharePoint</a>
            <div class="search" role="search">{(site is null ? "Search" : "Search this site")}</div><span class="tenant">Local tenant · {request.HostName}</span></header>
            {chrome}</body></html>
            """).ToString();
    }

    private static Markup SiteHeader(UiSite site, UiRequest request)
    {
        var logoUrl = SafeUrl.SameSiteImage(site.LogoUrl, request.HostName);
        var logo = logoUrl is null
            ? Markup.Html($"<div class=\"site-logo\" style=\"background:{Monogram.Color(site.Title)}\" aria-hidden=\"true\">{Monogram.Initials(site.Title)}</div>")
            : Markup.Html($"<div class=\"site-logo\"><img src=\"{logoUrl}\" alt=\"\"></div>");
        return Markup.Html(
            $"<div class=\"site-header\">{logo}<div><h1 class=\"site-title\"><a href=\"{UiPaths.Href(site.Path)}\">{site.Title}</a></h1></div><div class=\"site-meta\">{site.GroupLabel ?? ""}</div></div>");
    }

    private static Markup TopNavigation(UiSite site, string currentPath) => site.TopNavigation.Count == 0
        ? Markup.Empty
        : Markup.Html($"<nav class=\"top-nav\" aria-label=\"Top navigation\">{Markup.Join(site.TopNavigation.Select(l => Link(l, currentPath)))}</nav>");

    private static Markup QuickLaunch(UiSite site, string currentPath) =>
        Markup.Html($"<nav class=\"quick-launch\" aria-label=\"Quick launch\">{Items(site.QuickLaunch, currentPath)}</nav>");

    private static Markup Items(IReadOnlyList<NavLink> links, string currentPath) => links.Count == 0
        ? Markup.Empty
        : Markup.Html($"<ul>{Markup.Join(links.Select(l => Markup.Html($"<li>{Link(l, currentPath)}{Items(l.Children, currentPath)}</li>")))}</ul>");

    private static Markup Link(NavLink link, string currentPath)
    {
        if (link.Href is null)
        {
            return Markup.Html($"<span>{link.Title}</span>");
        }

        var selected = Uri.UnescapeDataString(link.Href.Split('?', '#')[0]).TrimEnd('/').Equals(currentPath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        return Markup.Html($"<a href=\"{link.Href}\"{(selected ? Markup.Trusted(" class=\"is-selected\" aria-current=\"page\"") : Markup.Empty)}>{link.Title}</a>");
    }
}
