using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Lists;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>Site columns (/sites/{id}/columns) and list columns (/sites/{id}/lists/{list}/columns).</summary>
internal sealed class ColumnsModule : IGraphRouteModule
{
    private const string DefaultGroup = "Custom Columns";

    public void Map(RouteTable routes)
    {
        foreach (var prefix in new[] { "sites/{site-id}/columns", "sites/{site-id}/lists/{list-id}/columns" })
        {
            routes.MapGet(prefix, ListAsync);
            routes.MapPost(prefix, CreateAsync, ScopeRequirement.SitesManage);
            routes.MapGet(prefix + "/{columnDefinition-id}", GetAsync);
            routes.MapPatch(prefix + "/{columnDefinition-id}", UpdateAsync, ScopeRequirement.SitesManage);
            routes.MapDelete(prefix + "/{columnDefinition-id}", DeleteAsync, ScopeRequirement.SitesManage);
        }
    }

    /// <summary>The column scope a call addresses: the list's when the route names one, else the site's.</summary>
    internal static async Task<ColumnScope> ScopeAsync(TenantSession session, GraphCall call, CancellationToken ct)
    {
        if (call.RouteValues.ContainsKey("list-id"))
        {
            return (await ListResolver.ResolveAsync(session, call, ct)).Columns;
        }

        var site = await SiteResolver.ResolveAsync(session, call.Route("site-id"), ct);
        return ColumnScope.ForSite(site.Id);
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var columns = await call.Tenant.Database.ReadAsync(async s => await ColumnStore.ListAsync(s, await ScopeAsync(s, call, ct), ct), ct);
        return GraphResult.Ok(CollectionResponder.Page(call, columns, Context(call)));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var column = ColumnFactory.Create(call.JsonBody(), DefaultGroup);
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ScopeAsync(s, call, ct);
            await LookupTargets.CheckAsync(s, scope, column, ct);
            await ColumnStore.AddAsync(s, scope, column, ct);
        }, ct);
        return GraphResult.Created(Render(call, column));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var column = await call.Tenant.Database.ReadAsync(async s =>
            await ColumnStore.GetAsync(s, await ScopeAsync(s, call, ct), call.Route("columnDefinition-id"), ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(Render(call, column), call.OData.Select));
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var column = await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ScopeAsync(s, call, ct);
            var updated = ColumnFactory.Update(await ColumnStore.GetAsync(s, scope, call.Route("columnDefinition-id"), ct), body);
            await LookupTargets.CheckAsync(s, scope, updated, ct);
            await ColumnStore.SaveAsync(s, scope, updated, ct);
            return updated;
        }, ct);
        return GraphResult.Ok(Render(call, column));
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
            await ColumnStore.DeleteAsync(s, await ScopeAsync(s, call, ct), call.Route("columnDefinition-id"), ct), ct);
        return GraphResult.NoContent();
    }

    private static JsonObject Render(GraphCall call, JsonObject column)
    {
        var result = new JsonObject { ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#{Context(call)}/$entity" };
        foreach (var (key, value) in column)
        {
            result[key] = value?.DeepClone();
        }

        return result;
    }

    private static string Context(GraphCall call) => call.RouteValues.ContainsKey("list-id")
        ? $"sites('{call.Route("site-id")}')/lists('{call.Route("list-id")}')/columns"
        : $"sites('{call.Route("site-id")}')/columns";
}
