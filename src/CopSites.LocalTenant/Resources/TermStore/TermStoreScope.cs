using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.TermStore;

/// <summary>
/// The tenant's one term store, seen through a site. Groups are stored in scope "termStore", sets under their group
/// ("termStore/{groupId}"), terms flat under their set ("termStore/{groupId}/{setId}") with an internal parentTermId,
/// so deleting a group or set removes everything below it. Global and system groups are visible from every site;
/// a siteCollection group only from the site it belongs to (its parentSiteId) and that site's subsites.
/// </summary>
internal static class TermStoreScope
{
    public const string Root = "termStore";
    private const string MetaKey = "termStore";

    public static string SetScope(string groupId) => TenantSession.ChildScope(Root, groupId);

    public static string TermScope(StoredEntity set) => TenantSession.ChildScope(set.Scope, set.Id);

    /// <summary>The store document: a stable id and its languages (en-US until PATCHed).</summary>
    public static async Task<JsonObject> StoreAsync(TenantSession session, TenantContext tenant, CancellationToken ct)
    {
        if (await session.GetMetaAsync(MetaKey, ct) is { } saved)
        {
            return (JsonObject)JsonNode.Parse(saved)!;
        }

        var id = new Guid(MD5.HashData(Encoding.UTF8.GetBytes("termStore|" + tenant.TenantId))).ToString();
        return new JsonObject { ["id"] = id, ["defaultLanguageTag"] = "en-US", ["languageTags"] = new JsonArray("en-US") };
    }

    public static Task SaveStoreAsync(TenantSession session, JsonObject store, CancellationToken ct) =>
        session.SetMetaAsync(MetaKey, store.ToJsonString(), ct);

    public static bool IsVisible(StoredEntity group, StoredEntity site)
    {
        if (group.Document["scope"]?.GetValue<string>() != "siteCollection")
        {
            return true;
        }

        var owner = group.Document["parentSiteId"]?.GetValue<string>();
        return string.Equals(owner, site.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(owner, site.Document["parentSiteId"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<IReadOnlyList<StoredEntity>> VisibleGroupsAsync(TenantSession session, StoredEntity site, CancellationToken ct) =>
        (await session.ListAsync(EntityKinds.TermGroup, Root, ct)).Where(g => IsVisible(g, site)).ToList();

    public static async Task<StoredEntity> RequireGroupAsync(TenantSession session, StoredEntity site, string groupId, CancellationToken ct)
    {
        var group = await session.GetAsync(EntityKinds.TermGroup, Root, groupId, ct);
        return group is not null && IsVisible(group, site) ? group : throw GraphProblem.NotFound($"Term group '{groupId}' was not found.");
    }

    /// <summary>The set a route names (through its group when the route has one), with its group.</summary>
    public static async Task<(StoredEntity Group, StoredEntity Set)> RequireSetAsync(TenantSession session, StoredEntity site, GraphCall call, CancellationToken ct)
    {
        var setId = call.Route("set-id");
        if (call.RouteValues.TryGetValue("group-id", out var groupId))
        {
            var group = await RequireGroupAsync(session, site, groupId, ct);
            var set = await session.GetAsync(EntityKinds.TermSet, SetScope(group.Id), setId, ct)
                ?? throw GraphProblem.NotFound($"Term set '{setId}' was not found in group '{groupId}'.");
            return (group, set);
        }

        foreach (var set in await session.ListAllAsync(EntityKinds.TermSet, ct))
        {
            if (string.Equals(set.Id, setId, StringComparison.OrdinalIgnoreCase)
                && await session.GetAsync(EntityKinds.TermGroup, Root, set.Scope[(Root.Length + 1)..], ct) is { } group
                && IsVisible(group, site))
            {
                return (group, set);
            }
        }

        throw GraphProblem.NotFound($"Term set '{setId}' was not found.");
    }

    public static async Task<StoredEntity> RequireTermAsync(TenantSession session, StoredEntity set, string termId, CancellationToken ct) =>
        await session.GetAsync(EntityKinds.Term, TermScope(set), termId, ct)
        ?? throw GraphProblem.NotFound($"Term '{termId}' was not found in set '{set.Id}'.");

    public static Task<StoredEntity> ResolveSiteAsync(TenantSession session, GraphCall call, CancellationToken ct) =>
        SiteResolver.ResolveAsync(session, call.Route("site-id"), ct);
}
