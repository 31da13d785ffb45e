using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>Finds a list as Graph does: by its GUID, or by its display name (then its URL name) within the site.</summary>
public static class ListResolver
{
    /// <summary>Resolves site and list, or throws 404 itemNotFound.</summary>
    public static async Task<ResolvedList> ResolveAsync(TenantSession session, string siteKey, string listKey, CancellationToken ct)
    {
        var site = await SiteResolver.ResolveAsync(session, siteKey, ct);
        var list = await FindAsync(session, site.Id, listKey, ct)
            ?? throw GraphProblem.NotFound($"List '{listKey}' was not found in the site.");
        return new ResolvedList(site, list);
    }

    /// <summary>Resolves the site and list named by the call's site-id and list-id route values.</summary>
    public static Task<ResolvedList> ResolveAsync(TenantSession session, GraphCall call, CancellationToken ct) =>
        ResolveAsync(session, call.Route("site-id"), call.Route("list-id"), ct);

    /// <summary>Finds a list of a site by id, display name or URL name; null when none matches.</summary>
    public static async Task<StoredEntity?> FindAsync(TenantSession session, string siteId, string listKey, CancellationToken ct)
    {
        var key = listKey.Trim('{', '}');
        if (Guid.TryParse(key, out _) && await session.GetAsync(EntityKinds.List, siteId, key, ct) is { } byId)
        {
            return byId;
        }

        return (await session.FindByPropertyAsync(EntityKinds.List, siteId, "displayName", listKey, ct)).FirstOrDefault()
            ?? (await session.FindByPropertyAsync(EntityKinds.List, siteId, "name", listKey, ct)).FirstOrDefault();
    }
}
