using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Sites;

/// <summary>/sites: by id, by path, root, search, subsites.</summary>
internal sealed class SitesModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapGet("sites", SearchAsync);
        routes.MapGet("sites/{site-id}", GetAsync);
        routes.MapGet("sites/{site-id}/sites", SubsitesAsync);
        routes.MapGet("groups/{group-id}/sites/{site-id}", GroupSiteAsync);
    }

    private static async Task<GraphResult> SearchAsync(GraphCall call, CancellationToken ct)
    {
        var search = call.OData.Search ?? "";
        var sites = await call.Tenant.Database.ReadAsync(s => s.ListAllAsync(EntityKinds.Site, ct), ct);
        var matches = sites
            .Where(s => search is "" or "*" || Text(s, "displayName").Contains(search, StringComparison.OrdinalIgnoreCase)
                || Text(s, "name").Contains(search, StringComparison.OrdinalIgnoreCase)
                || Text(s, "description").Contains(search, StringComparison.OrdinalIgnoreCase))
            .Select(s => Strip(SiteJson.ToGraph(s, call.Tenant)));
        return GraphResult.Ok(CollectionResponder.Page(call, matches, "sites"));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var site = await call.Tenant.Database.ReadAsync(s => SiteResolver.ResolveAsync(s, call.Route("site-id"), ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(SiteJson.ToGraph(site, call.Tenant), call.OData.Select));
    }

    private static async Task<GraphResult> SubsitesAsync(GraphCall call, CancellationToken ct)
    {
        var subsites = await call.Tenant.Database.ReadAsync(async s =>
        {
            var parent = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            var all = await s.ListAllAsync(EntityKinds.Site, ct);
            return all.Where(site => site.Document["parentSiteId"]?.GetValue<string>() == parent.Id).ToList();
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, subsites.Select(s => Strip(SiteJson.ToGraph(s, call.Tenant))), "sites"));
    }

    private static async Task<GraphResult> GroupSiteAsync(GraphCall call, CancellationToken ct)
    {
        var site = await call.Tenant.Database.ReadAsync(async s =>
        {
            var group = await s.GetAsync(EntityKinds.Group, "", call.Route("group-id"), ct)
                ?? throw GraphProblem.NotFound($"Group '{call.Route("group-id")}' was not found.");
            var siteId = group.Document["siteId"]?.GetValue<string>()
                ?? throw GraphProblem.NotFound("The group has no team site yet.");
            var key = call.Route("site-id");
            if (!key.Equals("root", StringComparison.OrdinalIgnoreCase) && !key.Equals(siteId, StringComparison.OrdinalIgnoreCase))
            {
                throw GraphProblem.NotFound($"Site '{key}' does not belong to the group.");
            }

            return await s.GetAsync(EntityKinds.Site, "", siteId, ct) ?? throw GraphProblem.NotFound("The group's site was deleted.");
        }, ct);
        return GraphResult.Ok(CollectionResponder.Select(SiteJson.ToGraph(site, call.Tenant), call.OData.Select));
    }

    private static string Text(StoredEntity site, string property) => site.Document[property]?.GetValue<string>() ?? "";

    private static JsonObject Strip(JsonObject site)
    {
        site.Remove("@odata.context");
        return site;
    }
}
