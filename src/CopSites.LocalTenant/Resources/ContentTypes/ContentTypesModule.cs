using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Lists;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>Site and list content types: CRUD, publish/unpublish/isPublished.</summary>
internal sealed class ContentTypesModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        foreach (var prefix in new[] { "sites/{site-id}/contentTypes", "sites/{site-id}/lists/{list-id}/contentTypes" })
        {
            routes.MapGet(prefix, ListAsync);
            routes.MapPost(prefix, CreateAsync, ScopeRequirement.SitesManage);
            routes.MapGet(prefix + "/{contentType-id}", GetAsync);
            routes.MapPatch(prefix + "/{contentType-id}", UpdateAsync, ScopeRequirement.SitesManage);
            routes.MapDelete(prefix + "/{contentType-id}", DeleteAsync, ScopeRequirement.SitesManage);
            routes.MapPost(prefix + "/{contentType-id}/publish", (c, ct) => SetPublishedAsync(c, true, ct), ScopeRequirement.SitesManage);
            routes.MapPost(prefix + "/{contentType-id}/unpublish", (c, ct) => SetPublishedAsync(c, false, ct), ScopeRequirement.SitesManage);
            routes.MapGet(prefix + "/{contentType-id}/isPublished()", IsPublishedAsync);
        }
    }

    /// <summary>The content type scope a call addresses.</summary>
    internal static async Task<ContentTypeScope> ScopeAsync(TenantSession session, GraphCall call, CancellationToken ct)
    {
        if (call.RouteValues.ContainsKey("list-id"))
        {
            return ContentTypeScope.ForList(await ListResolver.ResolveAsync(session, call, ct));
        }

        return ContentTypeScope.ForSite((await SiteResolver.ResolveAsync(session, call.Route("site-id"), ct)).Id);
    }

    /// <summary>The @odata.context fragment of the content type collection a call addresses.</summary>
    internal static string Context(GraphCall call) => call.RouteValues.ContainsKey("list-id")
        ? $"sites('{call.Route("site-id")}')/lists('{call.Route("list-id")}')/contentTypes"
        : $"sites('{call.Route("site-id")}')/contentTypes";

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var types = await call.Tenant.Database.ReadAsync(async s => await ContentTypeStore.ListAsync(s, await ScopeAsync(s, call, ct), ct), ct);
        return GraphResult.Ok(CollectionResponder.Page(call, types.Select(ContentTypeJson.ToGraph), Context(call)));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var (id, parentId) = ContentTypeFactory.IdentityOf(body);
        var created = await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ScopeAsync(s, call, ct);
            var parent = await ContentTypeStore.FindAsync(s, scope, parentId, ct)
                ?? (scope.List is null ? null : await ContentTypeStore.FindAsync(s, ContentTypeScope.ForSite(scope.SiteId), parentId, ct))
                ?? throw GraphProblem.BadRequest($"The base content type '{parentId}' was not found.");
            var contentType = ContentTypeFactory.Create(body, id, parent);
            await ContentTypeStore.AddAsync(s, scope, contentType, ct);
            return contentType;
        }, ct);
        return GraphResult.Created(Render(call, created));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var contentType = await call.Tenant.Database.ReadAsync(async s =>
            await ContentTypeStore.GetAsync(s, await ScopeAsync(s, call, ct), call.Route("contentType-id"), ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(Render(call, contentType), call.OData.Select));
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var updated = await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ScopeAsync(s, call, ct);
            var current = await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct);
            var contentType = ContentTypeFactory.Update(current, body);
            var newName = contentType["name"]!.GetValue<string>();
            var others = (await ContentTypeStore.ListAsync(s, scope, ct)).Where(c => c["id"]!.GetValue<string>() != current["id"]!.GetValue<string>());
            if (others.Any(c => c["name"]!.GetValue<string>().Equals(newName, StringComparison.OrdinalIgnoreCase)))
            {
                throw GraphProblem.NameAlreadyExists($"A duplicate content type name \"{newName}\" was found.");
            }

            await ContentTypeStore.SaveAsync(s, scope, contentType, ct);
            return contentType;
        }, ct);
        return GraphResult.Ok(Render(call, updated));
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
            await ContentTypeStore.DeleteAsync(s, await ScopeAsync(s, call, ct), call.Route("contentType-id"), ct), ct);
        return GraphResult.NoContent();
    }

    private static async Task<GraphResult> SetPublishedAsync(GraphCall call, bool published, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var scope = await ScopeAsync(s, call, ct);
            var contentType = await ContentTypeStore.GetAsync(s, scope, call.Route("contentType-id"), ct);
            contentType["isPublished"] = published;
            await ContentTypeStore.SaveAsync(s, scope, contentType, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task<GraphResult> IsPublishedAsync(GraphCall call, CancellationToken ct)
    {
        var contentType = await call.Tenant.Database.ReadAsync(async s =>
            await ContentTypeStore.GetAsync(s, await ScopeAsync(s, call, ct), call.Route("contentType-id"), ct), ct);
        return GraphResult.Ok(new JsonObject
        {
            ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#Edm.Boolean",
            ["value"] = contentType["isPublished"]?.GetValue<bool>() == true,
        });
    }

    private static JsonObject Render(GraphCall call, JsonObject contentType)
    {
        var result = new JsonObject { ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#{Context(call)}/$entity" };
        foreach (var (key, value) in ContentTypeJson.ToGraph(contentType))
        {
            result[key] = value?.DeepClone();
        }

        return result;
    }
}
