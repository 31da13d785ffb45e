using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.TermStore;

/// <summary>
/// Terms of a set: sets/{id}/children (top level), sets/{id}/terms (every term of the set), and each term's children,
/// under both termStore/sets and termStore/groups/{group}/sets. As SharePoint does, two siblings may not share a
/// default label (409 nameAlreadyExists), and deleting a term deletes the terms below it.
/// </summary>
internal sealed class TermsModule : IGraphRouteModule
{
    private const string ParentKey = "parentTermId";

    public void Map(RouteTable routes)
    {
        foreach (var store in new[] { "sites/{site-id}/termStore", "sites/{site-id}/termStore/groups/{group-id}" })
        {
            var set = $"{store}/sets/{{set-id}}";
            routes.MapGet($"{set}/terms", ListAllAsync);
            routes.MapGet($"{set}/children", ListChildrenAsync);
            routes.MapPost($"{set}/children", CreateAsync);
            foreach (var term in new[] { $"{set}/terms/{{term-id}}", $"{set}/children/{{term-id}}" })
            {
                foreach (var target in new[] { term, $"{term}/children/{{term-id1}}" })
                {
                    routes.MapGet(target, GetAsync);
                    routes.MapPatch(target, UpdateAsync);
                    routes.MapDelete(target, DeleteAsync);
                }

                routes.MapGet($"{term}/children", ListChildrenAsync);
                routes.MapPost($"{term}/children", CreateAsync);
                routes.MapGet($"{term}/set", SetOfTermAsync);
            }
        }
    }

    private static async Task<GraphResult> ListAllAsync(GraphCall call, CancellationToken ct)
    {
        var terms = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (set, _) = await ResolveAsync(s, call, ct);
            return await s.ListAsync(EntityKinds.Term, TermStoreScope.TermScope(set), ct);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, terms.Select(TermStoreJson.Term), $"sites('{call.Route("site-id")}')/termStore/sets('{call.Route("set-id")}')/terms"));
    }

    private static async Task<GraphResult> ListChildrenAsync(GraphCall call, CancellationToken ct)
    {
        var children = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (set, parent) = await ResolveAsync(s, call, ct);
            return await ChildrenAsync(s, set, parent?.Id, ct);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, children.Select(TermStoreJson.Term), $"sites('{call.Route("site-id")}')/termStore/sets('{call.Route("set-id")}')/children"));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var (_, term) = await call.Tenant.Database.ReadAsync(s => ResolveAsync(s, call, ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(TermStoreJson.Term(term!), call.OData.Select));
    }

    private static async Task<GraphResult> SetOfTermAsync(GraphCall call, CancellationToken ct)
    {
        var (set, _) = await call.Tenant.Database.ReadAsync(s => ResolveAsync(s, call, ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(TermStoreJson.Set(set), call.OData.Select));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var term = await call.Tenant.Database.WriteAsync(async s =>
        {
            var (set, parent) = await ResolveAsync(s, call, ct);
            var store = await TermStoreScope.StoreAsync(s, call.Tenant, ct);
            var (labels, label) = TermStoreValidation.Labels(body["labels"], store);
            await CheckUniqueAsync(s, set, parent?.Id, label, null, store, ct);
            var id = Guid.NewGuid().ToString();
            var doc = new JsonObject
            {
                ["id"] = id,
                ["labels"] = labels,
                ["descriptions"] = TermStoreValidation.ArrayOrEmpty(body["descriptions"], "descriptions"),
                ["properties"] = TermStoreValidation.ArrayOrEmpty(body["properties"], "properties"),
                [ParentKey] = parent?.Id,
            };
            return await s.InsertAsync(EntityKinds.Term, TermStoreScope.TermScope(set), id, doc, ct);
        }, ct);
        return GraphResult.Created(TermStoreJson.Term(term));
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var term = await call.Tenant.Database.WriteAsync(async s =>
        {
            var (set, term) = await ResolveAsync(s, call, ct);
            var store = await TermStoreScope.StoreAsync(s, call.Tenant, ct);
            var doc = term!.CloneDocument();
            foreach (var (property, value) in body)
            {
                switch (property)
                {
                    case "labels":
                        var (labels, label) = TermStoreValidation.Labels(value, store);
                        await CheckUniqueAsync(s, set, doc[ParentKey]?.GetValue<string>(), label, term.Id, store, ct);
                        doc[property] = labels;
                        break;
                    case "descriptions" or "properties":
                        doc[property] = TermStoreValidation.ArrayOrEmpty(value, property);
                        break;
                    default:
                        throw GraphProblem.BadRequest($"Property '{property}' of a term cannot be updated.");
                }
            }

            return await s.ReplaceAsync(EntityKinds.Term, term.Scope, term.Id, doc, null, ct);
        }, ct);
        return GraphResult.Ok(TermStoreJson.Term(term));
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (set, term) = await ResolveAsync(s, call, ct);
            var all = await s.ListAsync(EntityKinds.Term, TermStoreScope.TermScope(set), ct);
            var doomed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { term!.Id };
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var candidate in all.Where(t => !doomed.Contains(t.Id) && t.Document[ParentKey]?.GetValue<string>() is { } p && doomed.Contains(p)))
                {
                    grew |= doomed.Add(candidate.Id);
                }
            }

            foreach (var id in doomed)
            {
                await s.DeleteAsync(EntityKinds.Term, term.Scope, id, ct);
            }
        }, ct);
        return GraphResult.NoContent();
    }

    /// <summary>
    /// The set and the term a route names: term-id1 when present (which must be a child of term-id), else term-id,
    /// else none (set-level routes).
    /// </summary>
    private static async Task<(StoredEntity Set, StoredEntity? Term)> ResolveAsync(TenantSession s, GraphCall call, CancellationToken ct)
    {
        var (_, set) = await TermStoreScope.RequireSetAsync(s, await TermStoreScope.ResolveSiteAsync(s, call, ct), call, ct);
        if (!call.RouteValues.TryGetValue("term-id", out var termId))
        {
            return (set, null);
        }

        var term = await TermStoreScope.RequireTermAsync(s, set, termId, ct);

        // sets/{id}/children/{term} addresses a top-level term only; sets/{id}/terms/{term} any term of the set.
        if (call.RouteTemplate.Contains("/sets/{set-id}/children/{term-id}", StringComparison.Ordinal) && term.Document[ParentKey] is not null)
        {
            throw GraphProblem.NotFound($"Term '{termId}' is not a top-level term of set '{set.Id}'.");
        }

        if (call.RouteValues.TryGetValue("term-id1", out var childId))
        {
            var child = await TermStoreScope.RequireTermAsync(s, set, childId, ct);
            if (!string.Equals(child.Document[ParentKey]?.GetValue<string>(), term.Id, StringComparison.OrdinalIgnoreCase))
            {
                throw GraphProblem.NotFound($"Term '{childId}' is not a child of term '{termId}'.");
            }

            return (set, child);
        }

        return (set, term);
    }

    private static async Task<IEnumerable<StoredEntity>> ChildrenAsync(TenantSession s, StoredEntity set, string? parentId, CancellationToken ct) =>
        (await s.ListAsync(EntityKinds.Term, TermStoreScope.TermScope(set), ct))
            .Where(t => string.Equals(t.Document[ParentKey]?.GetValue<string>(), parentId, StringComparison.OrdinalIgnoreCase));

    private static async Task CheckUniqueAsync(TenantSession s, StoredEntity set, string? parentId, string label, string? exceptId, JsonObject store, CancellationToken ct)
    {
        foreach (var sibling in await ChildrenAsync(s, set, parentId, ct))
        {
            if (!string.Equals(sibling.Id, exceptId, StringComparison.OrdinalIgnoreCase)
                && string.Equals(TermStoreValidation.PrimaryName(sibling.Document["labels"], store), label, StringComparison.OrdinalIgnoreCase))
            {
                throw GraphProblem.NameAlreadyExists($"There is already a term with the same default label '{label}' and parent term.");
            }
        }
    }
}
