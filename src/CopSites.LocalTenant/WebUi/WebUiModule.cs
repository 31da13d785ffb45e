using CopSites.LocalTenant.Hosting;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;
using CopSites.LocalTenant.WebUi.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CopSites.LocalTenant.WebUi;

/// <summary>
/// The browsable, read-only web UI: the tenant home at /, and for the root site and every /sites/x (or /teams/x) site
/// its pages, lists, libraries and site contents at the URLs SharePoint uses. Pages render straight from the stored
/// documents; anything missing gives SharePoint's 404 page.
/// </summary>
internal sealed class WebUiModule : IEndpointModule
{
    private delegate Task<Rendered?> View(TenantSession session, UiRequest request, RouteValueDictionary route, CancellationToken ct);

    public void Map(IEndpointRouteBuilder app, TenantServices services)
    {
        var tenant = services.Tenant;
        Get(app, tenant, "/", HomeAsync);
        foreach (var prefix in (string[])["", "/sites/{site}", "/teams/{site}"])
        {
            if (prefix.Length > 0)
            {
                Get(app, tenant, prefix, SiteView(SiteHomeAsync));
            }

            Get(app, tenant, prefix + "/SitePages/{page}", SiteView(NamedPageAsync));
            Get(app, tenant, prefix + "/Lists/{list}", SiteView(ListAsync("list", library: false)));
            Get(app, tenant, prefix + "/Lists/{list}/AllItems.aspx", SiteView(ListAsync("list", library: false)));
            Get(app, tenant, prefix + "/{library}", SiteView(ListAsync("library", library: true)));
            Get(app, tenant, prefix + "/{library}/Forms/AllItems.aspx", SiteView(ListAsync("library", library: true)));
            Get(app, tenant, prefix + "/_layouts/15/viewlsts.aspx", SiteView(ContentsAsync));
        }
    }

    private static void Get(IEndpointRouteBuilder app, TenantContext tenant, string pattern, View view) =>
        app.MapGet(pattern, (RequestDelegate)(http => ServeAsync(http, tenant, view)));

    private static async Task<Rendered?> HomeAsync(TenantSession session, UiRequest request, RouteValueDictionary route, CancellationToken ct) =>
        new("SharePoint", await TenantHomeView.RenderAsync(session, request, ct), null);

    private static Task<Rendered?> SiteHomeAsync(TenantSession session, UiSite site, UiRequest request, RouteValueDictionary route, CancellationToken ct) =>
        PageAsync(session, site, "Home.aspx", request, ct, fallBackToContents: true);

    private static Task<Rendered?> NamedPageAsync(TenantSession session, UiSite site, UiRequest request, RouteValueDictionary route, CancellationToken ct) =>
        PageAsync(session, site, (string)route["page"]!, request, ct);

    private static async Task<Rendered?> ContentsAsync(TenantSession session, UiSite site, UiRequest request, RouteValueDictionary route, CancellationToken ct)
    {
        var (title, content) = await SiteContentsView.RenderAsync(session, site, ct);
        return new Rendered(title, content, site);
    }

    private static async Task ServeAsync(HttpContext http, TenantContext tenant, View view)
    {
        var correlationId = Guid.NewGuid().ToString();
        var request = new UiRequest(tenant, http.Request.Path.Value ?? "/");
        var ct = http.RequestAborted;
        var rendered = await tenant.Database.ReadAsync(s => view(s, request, http.Request.RouteValues, ct), ct);
        var html = rendered is null
            ? NotFoundView.Render(request, correlationId)
            : PageShell.Render(request, rendered.Title, rendered.Site, rendered.Content);
        await HtmlResponse.WriteAsync(http, rendered is null ? 404 : 200, html, correlationId);
    }

    /// <summary>Resolves the site of the request ("/" or "/sites/{site}") before the view runs; no site, no page.</summary>
    private static View SiteView(Func<TenantSession, UiSite, UiRequest, RouteValueDictionary, CancellationToken, Task<Rendered?>> view) =>
        async (session, request, route, ct) =>
        {
            var path = route["site"] is string name ? "/" + request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0] + "/" + name : "/";
            var site = await UiSite.LoadAsync(session, path, request.HostName, ct);
            return site is null ? null : await view(session, site, request, route, ct);
        };

    private static async Task<Rendered?> PageAsync(TenantSession session, UiSite site, string pageName, UiRequest request, CancellationToken ct, bool fallBackToContents = false)
    {
        if (!pageName.EndsWith(".aspx", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (await SitePageView.RenderAsync(session, site, pageName, request, ct) is { } page)
        {
            return new Rendered(page.Title, page.Content, site);
        }

        if (!fallBackToContents)
        {
            return null;
        }

        var (title, content) = await SiteContentsView.RenderAsync(session, site, ct);
        return new Rendered(title, content, site);
    }

    private static Func<TenantSession, UiSite, UiRequest, RouteValueDictionary, CancellationToken, Task<Rendered?>> ListAsync(string routeKey, bool library) =>
        async (session, site, request, route, ct) =>
        {
            var name = (string)route[routeKey]!;
            var list = name.StartsWith('_') ? null : site.FindList(name, library);
            if (list is null)
            {
                return null;
            }

            var (title, content) = await ListPageView.RenderAsync(session, site, list, request, ct);
            return new Rendered(title, content, site);
        };

    private sealed record Rendered(string Title, Markup Content, UiSite? Site);
}
