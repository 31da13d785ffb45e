using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Sites;

/// <summary>/sites/{id}/permissions: application grants on a site (the Sites.Selected model).</summary>
internal sealed class SitePermissionsModule : IGraphRouteModule
{
    private static readonly string[] KnownRoles = ["read", "write", "manage", "fullcontrol", "owner"];

    public void Map(RouteTable routes)
    {
        routes.MapGet("sites/{site-id}/permissions", ListAsync);
        routes.MapPost("sites/{site-id}/permissions", CreateAsync);
        routes.MapGet("sites/{site-id}/permissions/{permission-id}", GetAsync);
        routes.MapPatch("sites/{site-id}/permissions/{permission-id}", UpdateAsync);
        routes.MapDelete("sites/{site-id}/permissions/{permission-id}", DeleteAsync);
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var items = await call.Tenant.Database.ReadAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            return await s.ListAsync(EntityKinds.SitePermission, site.Id, ct);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, items.Select(i => i.CloneDocument()), "sites('" + call.Route("site-id") + "')/permissions"));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var roles = Roles(body);
        if (body["grantedToIdentities"] is not JsonArray { Count: > 0 } identities)
        {
            throw GraphProblem.BadRequest("grantedToIdentities must name at least one application.");
        }

        var permission = new JsonObject
        {
            ["id"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('='),
            ["roles"] = roles,
            ["grantedToIdentitiesV2"] = identities.DeepClone(),
            ["grantedToIdentities"] = identities.DeepClone(),
        };
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            await s.InsertAsync(EntityKinds.SitePermission, site.Id, permission["id"]!.GetValue<string>(), permission, ct);
        }, ct);
        return GraphResult.Created(permission);
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var item = await call.Tenant.Database.ReadAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            return await s.GetAsync(EntityKinds.SitePermission, site.Id, call.Route("permission-id"), ct);
        }, ct) ?? throw GraphProblem.NotFound($"Permission '{call.Route("permission-id")}' was not found.");
        return GraphResult.Ok(item.CloneDocument());
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var roles = Roles(call.JsonBody());
        var updated = await call.Tenant.Database.WriteAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            var current = await s.GetAsync(EntityKinds.SitePermission, site.Id, call.Route("permission-id"), ct)
                ?? throw GraphProblem.NotFound($"Permission '{call.Route("permission-id")}' was not found.");
            var doc = current.CloneDocument();
            doc["roles"] = roles;
            return await s.ReplaceAsync(EntityKinds.SitePermission, site.Id, current.Id, doc, null, ct);
        }, ct);
        return GraphResult.Ok(updated.CloneDocument());
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        var deleted = await call.Tenant.Database.WriteAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            return await s.DeleteAsync(EntityKinds.SitePermission, site.Id, call.Route("permission-id"), ct);
        }, ct);
        return deleted ? GraphResult.NoContent() : throw GraphProblem.NotFound($"Permission '{call.Route("permission-id")}' was not found.");
    }

    private static JsonArray Roles(JsonObject body)
    {
        if (body["roles"] is not JsonArray { Count: > 0 } roles)
        {
            throw GraphProblem.BadRequest("roles must hold at least one of: " + string.Join(", ", KnownRoles) + ".");
        }

        var unknown = roles.Select(r => r?.ToString() ?? "").FirstOrDefault(r => !KnownRoles.Contains(r, StringComparer.OrdinalIgnoreCase));
        return unknown is null ? (JsonArray)roles.DeepClone() : throw GraphProblem.BadRequest($"Unknown role '{unknown}'.");
    }
}
