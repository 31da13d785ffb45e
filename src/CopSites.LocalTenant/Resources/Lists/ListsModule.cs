using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>/sites/{id}/lists and /sites/{id}/lists/{list-id} (the list id may be the GUID or the display name).</summary>
internal sealed class ListsModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapGet("sites/{site-id}/lists", ListAsync);
        routes.MapPost("sites/{site-id}/lists", CreateAsync, ScopeRequirement.SitesManage);
        routes.MapGet("sites/{site-id}/lists/{list-id}", GetAsync);
        routes.MapPatch("sites/{site-id}/lists/{list-id}", UpdateAsync, ScopeRequirement.SitesManage);
        routes.MapDelete("sites/{site-id}/lists/{list-id}", DeleteAsync, ScopeRequirement.SitesManage);
    }

    // Lists with the system facet are left out unless the caller selects "system", as Graph does.
    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var withSystem = call.OData.Select.Contains("system", StringComparer.OrdinalIgnoreCase);
        var lists = await call.Tenant.Database.ReadAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            var result = new List<JsonObject>();
            foreach (var list in await s.ListAsync(EntityKinds.List, site.Id, ct))
            {
                var json = ListJson.ToGraph(list, call.Tenant);
                if (withSystem || json["system"] is null)
                {
                    await ListExpansion.ApplyAsync(s, new ResolvedList(site, list), json, call.OData, call.Tenant, ct);
                    result.Add(json);
                }
            }

            return result;
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, lists, $"sites('{call.Route("site-id")}')/lists"));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var list = await BodyShape.GuardAsync(() => call.Tenant.Database.WriteAsync(s => ListFactory.CreateAsync(s, call, body, ct), ct));
        return GraphResult.Created(WithContext(call, ListJson.ToGraph(list.List, call.Tenant)));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var json = await call.Tenant.Database.ReadAsync(async s =>
        {
            var list = await ListResolver.ResolveAsync(s, call, ct);
            var json = CollectionResponder.Select(ListJson.ToGraph(list.List, call.Tenant), call.OData.Select);
            await ListExpansion.ApplyAsync(s, list, json, call.OData, call.Tenant, ct);
            return json;
        }, ct);
        return GraphResult.Ok(WithContext(call, json));
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var updated = await BodyShape.GuardAsync(() => call.Tenant.Database.WriteAsync(async s =>
            await ListFactory.UpdateAsync(s, await ListResolver.ResolveAsync(s, call, ct), body, ct), ct));
        return GraphResult.Ok(WithContext(call, ListJson.ToGraph(updated, call.Tenant)));
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListResolver.ResolveAsync(s, call, ct);
            await s.DeleteAsync(EntityKinds.List, list.SiteId, list.ListId, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static JsonObject WithContext(GraphCall call, JsonObject json)
    {
        var result = new JsonObject { ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#sites('{call.Route("site-id")}')/lists/$entity" };
        foreach (var (key, value) in json)
        {
            result[key] = value?.DeepClone();
        }

        return result;
    }
}
