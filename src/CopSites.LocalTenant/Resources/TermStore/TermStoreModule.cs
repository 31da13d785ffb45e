using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.TermStore;

/// <summary>sites/{id}/termStore and its groups. Group names are unique in the store; a group with sets cannot be deleted.</summary>
internal sealed class TermStoreModule : IGraphRouteModule
{
    private static readonly string[] CreatableScopes = ["global", "siteCollection"];

    public void Map(RouteTable routes)
    {
        routes.MapGet("sites/{site-id}/termStore", GetStoreAsync);
        routes.MapPatch("sites/{site-id}/termStore", UpdateStoreAsync);
        routes.MapGet("sites/{site-id}/termStore/groups", ListGroupsAsync);
        routes.MapPost("sites/{site-id}/termStore/groups", CreateGroupAsync);
        routes.MapGet("sites/{site-id}/termStore/groups/{group-id}", GetGroupAsync);
        routes.MapPatch("sites/{site-id}/termStore/groups/{group-id}", UpdateGroupAsync);
        routes.MapDelete("sites/{site-id}/termStore/groups/{group-id}", DeleteGroupAsync);
    }

    private static async Task<GraphResult> GetStoreAsync(GraphCall call, CancellationToken ct)
    {
        var store = await call.Tenant.Database.ReadAsync(async s =>
        {
            await TermStoreScope.ResolveSiteAsync(s, call, ct);
            return await TermStoreScope.StoreAsync(s, call.Tenant, ct);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Select(store, call.OData.Select));
    }

    private static async Task<GraphResult> UpdateStoreAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var store = await call.Tenant.Database.WriteAsync(async s =>
        {
            await TermStoreScope.ResolveSiteAsync(s, call, ct);
            var store = await TermStoreScope.StoreAsync(s, call.Tenant, ct);
            if (body["languageTags"] is JsonArray tags)
            {
                store["languageTags"] = new JsonArray(tags.Select(t => (JsonNode)TermStoreValidation.Name(t?.GetValue<string>(), "language tag")).ToArray());
            }

            if (body["defaultLanguageTag"]?.GetValue<string>() is { } language)
            {
                store["defaultLanguageTag"] = language;
            }

            var defaultTag = store["defaultLanguageTag"]!.GetValue<string>();
            if (!store["languageTags"]!.AsArray().Any(t => t!.GetValue<string>().Equals(defaultTag, StringComparison.OrdinalIgnoreCase)))
            {
                throw GraphProblem.BadRequest($"The default language '{defaultTag}' must be one of the store's languageTags.");
            }

            await TermStoreScope.SaveStoreAsync(s, store, ct);
            return store;
        }, ct);
        return GraphResult.Ok(store);
    }

    private static async Task<GraphResult> ListGroupsAsync(GraphCall call, CancellationToken ct)
    {
        var groups = await call.Tenant.Database.ReadAsync(async s =>
            await TermStoreScope.VisibleGroupsAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), ct), ct);
        return GraphResult.Ok(CollectionResponder.Page(call, groups.Select(TermStoreJson.Group), $"sites('{call.Route("site-id")}')/termStore/groups"));
    }

    private static async Task<GraphResult> GetGroupAsync(GraphCall call, CancellationToken ct)
    {
        var group = await call.Tenant.Database.ReadAsync(async s =>
            await TermStoreScope.RequireGroupAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call.Route("group-id"), ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(TermStoreJson.Group(group), call.OData.Select));
    }

    private static async Task<GraphResult> CreateGroupAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var name = TermStoreValidation.Name(body["displayName"]?.GetValue<string>(), "group name");
        var scope = body["scope"]?.GetValue<string>() ?? "global";
        if (!CreatableScopes.Contains(scope))
        {
            throw GraphProblem.BadRequest($"A term group can be created with scope 'global' or 'siteCollection', not '{scope}'.");
        }

        var group = await call.Tenant.Database.WriteAsync(async s =>
        {
            var site = await TermStoreScope.ResolveSiteAsync(s, call, ct);
            await CheckUniqueAsync(s, name, null, ct);
            var id = Guid.NewGuid().ToString();
            var doc = new JsonObject
            {
                ["id"] = id,
                ["displayName"] = name,
                ["description"] = body["description"]?.DeepClone(),
                ["scope"] = scope,
                ["parentSiteId"] = scope == "siteCollection" ? site.Document["parentSiteId"]?.GetValue<string>() ?? site.Id : null,
            };
            return await s.InsertAsync(EntityKinds.TermGroup, TermStoreScope.Root, id, doc, ct);
        }, ct);
        return GraphResult.Created(TermStoreJson.Group(group));
    }

    private static async Task<GraphResult> UpdateGroupAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var group = await call.Tenant.Database.WriteAsync(async s =>
        {
            var group = await TermStoreScope.RequireGroupAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call.Route("group-id"), ct);
            var doc = group.CloneDocument();
            foreach (var (property, value) in body)
            {
                switch (property)
                {
                    case "displayName":
                        var name = TermStoreValidation.Name(value?.GetValue<string>(), "group name");
                        await CheckUniqueAsync(s, name, group.Id, ct);
                        doc[property] = name;
                        break;
                    case "description":
                        doc[property] = value?.DeepClone();
                        break;
                    default:
                        throw GraphProblem.BadRequest($"Property '{property}' of a term group cannot be updated.");
                }
            }

            return await s.ReplaceAsync(EntityKinds.TermGroup, TermStoreScope.Root, group.Id, doc, null, ct);
        }, ct);
        return GraphResult.Ok(TermStoreJson.Group(group));
    }

    private static async Task<GraphResult> DeleteGroupAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var group = await TermStoreScope.RequireGroupAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call.Route("group-id"), ct);
            if ((await s.ListAsync(EntityKinds.TermSet, TermStoreScope.SetScope(group.Id), ct)).Count > 0)
            {
                throw GraphProblem.BadRequest("The term group contains term sets; delete them before deleting the group.");
            }

            await s.DeleteAsync(EntityKinds.TermGroup, TermStoreScope.Root, group.Id, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task CheckUniqueAsync(TenantSession session, string name, string? exceptId, CancellationToken ct)
    {
        var taken = await session.FindByPropertyAsync(EntityKinds.TermGroup, TermStoreScope.Root, "displayName", name, ct);
        if (taken.Any(g => !string.Equals(g.Id, exceptId, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.NameAlreadyExists($"A term group named '{name}' already exists in the term store.");
        }
    }
}
