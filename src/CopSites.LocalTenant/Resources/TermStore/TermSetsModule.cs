using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.TermStore;

/// <summary>Term sets, reachable as termStore/sets/{id} and termStore/groups/{group}/sets/{id}. Set names are unique in their group.</summary>
internal sealed class TermSetsModule : IGraphRouteModule
{
    private const string Store = "sites/{site-id}/termStore";

    public void Map(RouteTable routes)
    {
        routes.MapGet($"{Store}/sets", ListAsync);
        routes.MapPost($"{Store}/sets", CreateAsync);
        routes.MapGet($"{Store}/groups/{{group-id}}/sets", ListAsync);
        routes.MapPost($"{Store}/groups/{{group-id}}/sets", CreateAsync);
        foreach (var prefix in new[] { Store, $"{Store}/groups/{{group-id}}" })
        {
            routes.MapGet($"{prefix}/sets/{{set-id}}", GetAsync);
            routes.MapPatch($"{prefix}/sets/{{set-id}}", UpdateAsync);
            routes.MapDelete($"{prefix}/sets/{{set-id}}", DeleteAsync);
            routes.MapGet($"{prefix}/sets/{{set-id}}/parentGroup", ParentGroupAsync);
        }
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var sets = await call.Tenant.Database.ReadAsync(async s =>
        {
            var site = await TermStoreScope.ResolveSiteAsync(s, call, ct);
            var groups = call.RouteValues.TryGetValue("group-id", out var groupId)
                ? [await TermStoreScope.RequireGroupAsync(s, site, groupId, ct)]
                : await TermStoreScope.VisibleGroupsAsync(s, site, ct);
            var result = new List<JsonObject>();
            foreach (var group in groups)
            {
                result.AddRange((await s.ListAsync(EntityKinds.TermSet, TermStoreScope.SetScope(group.Id), ct)).Select(set => Render(call, group, set)));
            }

            return result;
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, sets, $"sites('{call.Route("site-id")}')/termStore/sets"));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var (group, set) = await call.Tenant.Database.ReadAsync(async s =>
            await TermStoreScope.RequireSetAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call, ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(Render(call, group, set), call.OData.Select));
    }

    private static async Task<GraphResult> ParentGroupAsync(GraphCall call, CancellationToken ct)
    {
        var (group, _) = await call.Tenant.Database.ReadAsync(async s =>
            await TermStoreScope.RequireSetAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call, ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(TermStoreJson.Group(group), call.OData.Select));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var (group, set) = await call.Tenant.Database.WriteAsync(async s =>
        {
            var site = await TermStoreScope.ResolveSiteAsync(s, call, ct);
            var groupId = call.RouteValues.TryGetValue("group-id", out var routeGroup)
                ? routeGroup
                : body["parentGroup"]?["id"]?.GetValue<string>() ?? throw GraphProblem.BadRequest("A term set needs parentGroup with the id of its group.");
            var group = await TermStoreScope.RequireGroupAsync(s, site, groupId, ct);
            var store = await TermStoreScope.StoreAsync(s, call.Tenant, ct);
            var (names, name) = TermStoreValidation.LocalizedNames(body["localizedNames"], store);
            await CheckUniqueAsync(s, group, name, null, store, ct);
            var id = Guid.NewGuid().ToString();
            var doc = new JsonObject
            {
                ["id"] = id,
                ["localizedNames"] = names,
                ["description"] = body["description"]?.DeepClone(),
                ["properties"] = TermStoreValidation.ArrayOrEmpty(body["properties"], "properties"),
            };
            return (group, await s.InsertAsync(EntityKinds.TermSet, TermStoreScope.SetScope(group.Id), id, doc, ct));
        }, ct);
        return GraphResult.Created(Render(call, group, set));
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var (group, set) = await call.Tenant.Database.WriteAsync(async s =>
        {
            var (group, set) = await TermStoreScope.RequireSetAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call, ct);
            var store = await TermStoreScope.StoreAsync(s, call.Tenant, ct);
            var doc = set.CloneDocument();
            foreach (var (property, value) in body)
            {
                switch (property)
                {
                    case "localizedNames":
                        var (names, name) = TermStoreValidation.LocalizedNames(value, store);
                        await CheckUniqueAsync(s, group, name, set.Id, store, ct);
                        doc[property] = names;
                        break;
                    case "description":
                        doc[property] = value?.DeepClone();
                        break;
                    case "properties":
                        doc[property] = TermStoreValidation.ArrayOrEmpty(value, property);
                        break;
                    default:
                        throw GraphProblem.BadRequest($"Property '{property}' of a term set cannot be updated.");
                }
            }

            return (group, await s.ReplaceAsync(EntityKinds.TermSet, set.Scope, set.Id, doc, null, ct));
        }, ct);
        return GraphResult.Ok(Render(call, group, set));
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (_, set) = await TermStoreScope.RequireSetAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call, ct);
            await s.DeleteAsync(EntityKinds.TermSet, set.Scope, set.Id, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static JsonObject Render(GraphCall call, StoredEntity group, StoredEntity set)
    {
        var json = TermStoreJson.Set(set);
        if (call.OData.ExpandOf("parentGroup") is not null)
        {
            json["parentGroup"] = TermStoreJson.Group(group);
        }

        return json;
    }

    private static async Task CheckUniqueAsync(TenantSession session, StoredEntity group, string name, string? exceptId, JsonObject store, CancellationToken ct)
    {
        foreach (var other in await session.ListAsync(EntityKinds.TermSet, TermStoreScope.SetScope(group.Id), ct))
        {
            if (!string.Equals(other.Id, exceptId, StringComparison.OrdinalIgnoreCase)
                && string.Equals(TermStoreValidation.PrimaryName(other.Document["localizedNames"], store), name, StringComparison.OrdinalIgnoreCase))
            {
                throw GraphProblem.NameAlreadyExists($"A term set named '{name}' already exists in group '{group.Document["displayName"]}'.");
            }
        }
    }
}
