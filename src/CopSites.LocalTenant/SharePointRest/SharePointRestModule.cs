using CopSites.LocalTenant.Hosting;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CopSites.LocalTenant.SharePointRest;

/// <summary>
/// SharePoint REST on the tenant's web root: /_api/... for the root site, /sites/{x}/_api/... (and /teams/{x}, and
/// one subsite level) for the others. It serves what Graph v1.0 cannot do: navigation, web settings, list lookup
/// by title, and modern pages with any web part.
/// </summary>
internal sealed class SharePointRestModule : IEndpointModule
{
    public void Map(IEndpointRouteBuilder app, TenantServices services)
    {
        var routes = new RestRouteTable();
        foreach (var module in ModuleDiscovery.Create<IRestRouteModule>())
        {
            module.Map(routes);
        }

        var endpoint = new RestEndpoint(services, routes);
        app.Map("/_api/{**rest}", http => endpoint.HandleAsync(http, "/", Rest(http)));
        app.Map("/sites/{site}/_api/{**rest}", http => endpoint.HandleAsync(http, $"/sites/{Value(http, "site")}", Rest(http)));
        app.Map("/teams/{site}/_api/{**rest}", http => endpoint.HandleAsync(http, $"/teams/{Value(http, "site")}", Rest(http)));
        app.Map("/sites/{site}/{web}/_api/{**rest}", http => endpoint.HandleAsync(http, $"/sites/{Value(http, "site")}/{Value(http, "web")}", Rest(http)));
    }

    private static string Rest(HttpContext http) => Value(http, "rest");

    private static string Value(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? "";
}
