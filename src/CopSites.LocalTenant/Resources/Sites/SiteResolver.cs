using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Sites;

/// <summary>
/// Finds a site from any key Graph accepts: a composite id "host,guid,guid", "root", a path address
/// "host:/sites/x" (host may be the tenant host name or the served host), or the site collection guid.
/// </summary>
public static class SiteResolver
{
    /// <summary>Resolves or throws 404 itemNotFound.</summary>
    public static async Task<StoredEntity> ResolveAsync(TenantSession session, string key, CancellationToken ct) =>
        await TryResolveAsync(session, key, ct) ?? throw GraphProblem.NotFound($"Requested site '{key}' could not be found.");

    /// <summary>Resolves or returns null.</summary>
    public static async Task<StoredEntity?> TryResolveAsync(TenantSession session, string key, CancellationToken ct)
    {
        if (key.Equals("root", StringComparison.OrdinalIgnoreCase))
        {
            var rootId = await session.GetMetaAsync("rootSiteId", ct);
            return rootId is null ? null : await session.GetAsync(EntityKinds.Site, "", rootId, ct);
        }

        if (GraphPath.SplitAddress(key) is { } address)
        {
            var path = "/" + address.Path.Trim('/');
            var matches = await session.FindByPropertyAsync(EntityKinds.Site, "", "serverRelativePath", path, ct);
            return matches.FirstOrDefault();
        }

        if (key.Contains(','))
        {
            return await session.GetAsync(EntityKinds.Site, "", key, ct);
        }

        var all = await session.ListAllAsync(EntityKinds.Site, ct);
        return all.FirstOrDefault(s => SiteIds.Parts(s.Id).SiteCollectionId.Equals(key, StringComparison.OrdinalIgnoreCase));
    }
}
