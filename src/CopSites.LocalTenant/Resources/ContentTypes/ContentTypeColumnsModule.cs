using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>A content type's columns, columnLinks and baseTypes.</summary>
internal sealed class ContentTypeColumnsModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        foreach (var prefix in new[] { "sites/{site-id}/contentTypes/{contentType-id}", "sites/{site-id}/lists/{list-id}/contentTypes/{contentType-id}" })
        {
            routes.MapGet(prefix + "/columns", ListColumnsAsync);
            routes.MapPost(prefix + "/columns", AddColumnAsync, ScopeRequirement.SitesManage);
            routes.MapGet(prefix + "/columns/{columnDefinition-id}", GetColumnAsync);
            routes.MapPatch(prefix + "/columns/{columnDefinition-id}", UpdateColumnAsync, ScopeRequirement.SitesManage);
            routes.MapDelete(prefix + "/columns/{columnDefinition-id}", RemoveAsync, ScopeRequirement.SitesManage);
            routes.MapGet(prefix + "/columnLinks", ListLinksAsync);
            routes.MapPost(prefix + "/columnLinks", AddLinkAsync, ScopeRequirement.SitesManage);
            routes.MapGet(prefix + "/columnLinks/{columnLink-id}", GetLinkAsync);
            routes.MapDelete(prefix + "/columnLinks/{columnLink-id}", RemoveAsync, ScopeRequirement.SitesManage);
            routes.MapGet(prefix + "/baseTypes", BaseTypesAsync);
        }
    }

    private static async Task<GraphResult> ListColumnsAsync(GraphCall call, CancellationToken ct)
    {
        var columns = await call.Tenant.Database.ReadAsync(async s =>
        {
            var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
            return await ContentTypeColumns.ListAsync(s, scope, await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct), ct);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, columns, Context(call, "columns")));
    }

    private static async Task<GraphResult> AddColumnAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var column = await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
            var contentType = await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct);
            if (body["sourceColumn@odata.bind"] is { } bind)
            {
                var (source, siteId) = await ContentTypeColumns.ResolveBindAsync(s, bind.ToString(), ct);
                return await ContentTypeColumns.LinkAsync(s, scope, contentType, source, siteId, ct, body);
            }

            // A full column definition creates the column where the content type lives, then links it.
            var created = ColumnFactory.Create(body, "Custom Columns");
            await LookupTargets.CheckAsync(s, scope.Columns, created, ct);
            await ColumnStore.AddAsync(s, scope.Columns, created, ct);
            return await ContentTypeColumns.LinkAsync(s, scope, contentType, created, scope.SiteId, ct, body);
        }, ct);
        return GraphResult.Created(column);
    }

    private static async Task<GraphResult> GetColumnAsync(GraphCall call, CancellationToken ct)
    {
        var column = await call.Tenant.Database.ReadAsync(async s =>
        {
            var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
            var columns = await ContentTypeColumns.ListAsync(s, scope, await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct), ct);
            return columns.FirstOrDefault(c => c["id"]!.GetValue<string>().Equals(call.Route("columnDefinition-id"), StringComparison.OrdinalIgnoreCase));
        }, ct) ?? throw GraphProblem.NotFound($"The content type has no column '{call.Route("columnDefinition-id")}'.");
        return GraphResult.Ok(CollectionResponder.Select(column, call.OData.Select));
    }

    private static async Task<GraphResult> UpdateColumnAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var column = await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
            var contentType = await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct);
            return await ContentTypeColumns.UpdateLinkAsync(s, scope, contentType, call.Route("columnDefinition-id"), body, ct);
        }, ct);
        return GraphResult.Ok(column);
    }

    private static async Task<GraphResult> RemoveAsync(GraphCall call, CancellationToken ct)
    {
        var columnId = call.RouteValues.TryGetValue("columnLink-id", out var linkId) ? linkId : call.Route("columnDefinition-id");
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
            await ContentTypeColumns.UnlinkAsync(s, scope, await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct), columnId, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task<GraphResult> ListLinksAsync(GraphCall call, CancellationToken ct)
    {
        var links = await LinksAsync(call, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, links, Context(call, "columnLinks")));
    }

    private static async Task<GraphResult> GetLinkAsync(GraphCall call, CancellationToken ct)
    {
        var link = (await LinksAsync(call, ct)).FirstOrDefault(l => l["id"]!.GetValue<string>().Equals(call.Route("columnLink-id"), StringComparison.OrdinalIgnoreCase))
            ?? throw GraphProblem.NotFound($"Column link '{call.Route("columnLink-id")}' was not found.");
        return GraphResult.Ok(link);
    }

    // A columnLink names a column of the content type's site or list by name (or id).
    private static async Task<GraphResult> AddLinkAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var key = body["id"]?.ToString() ?? body["name"]?.ToString() ?? throw GraphProblem.BadRequest("A column link needs the name or id of a column.");
        var column = await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
            var contentType = await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct);
            var source = (await ColumnStore.ListAsync(s, scope.Columns, ct)).FirstOrDefault(c =>
                    c["id"]!.GetValue<string>().Equals(key, StringComparison.OrdinalIgnoreCase)
                    || c["name"]!.GetValue<string>().Equals(key, StringComparison.OrdinalIgnoreCase))
                ?? throw GraphProblem.BadRequest($"No column '{key}' exists to link to.");
            return await ContentTypeColumns.LinkAsync(s, scope, contentType, source, scope.SiteId, ct);
        }, ct);
        return GraphResult.Created(new JsonObject { ["id"] = column["id"]!.GetValue<string>(), ["name"] = column["name"]!.GetValue<string>() });
    }

    private static async Task<GraphResult> BaseTypesAsync(GraphCall call, CancellationToken ct)
    {
        var bases = await call.Tenant.Database.ReadAsync(async s =>
        {
            var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
            var site = ContentTypeScope.ForSite(scope.SiteId);
            var result = new List<JsonObject>();
            var parentId = (await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct))["parentId"]?.GetValue<string>();
            while (parentId is not null && (await ContentTypeStore.FindAsync(s, scope, parentId, ct) ?? await ContentTypeStore.FindAsync(s, site, parentId, ct)) is { } parent)
            {
                result.Add(ContentTypeJson.ToGraph(parent));
                parentId = parent["parentId"]?.GetValue<string>();
            }

            return result;
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, bases, Context(call, "baseTypes")));
    }

    private static Task<List<JsonObject>> LinksAsync(GraphCall call, CancellationToken ct) => call.Tenant.Database.ReadAsync(async s =>
    {
        var scope = await ContentTypesModule.ScopeAsync(s, call, ct);
        var contentType = await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct);
        return ContentTypeJson.Links(contentType).Select(l => new JsonObject { ["id"] = l["id"]!.GetValue<string>(), ["name"] = l["name"]!.GetValue<string>() }).ToList();
    }, ct);

    private static string Context(GraphCall call, string collection) =>
        $"{ContentTypesModule.Context(call)}('{call.Route("contentType-id")}')/{collection}";
}
