using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Hosting;

/// <summary>Gives a new database its tenant id and root site; leaves an existing one as it is.</summary>
internal static class TenantBootstrap
{
    public static async Task<TenantIdentity> EnsureAsync(TenantDatabase database, LocalTenantOptions options, CancellationToken ct) =>
        await database.WriteAsync(async session =>
        {
            var tenantId = await session.GetMetaAsync("tenantId", ct);
            if (tenantId is null)
            {
                tenantId = Guid.NewGuid().ToString();
                await session.SetMetaAsync("tenantId", tenantId, ct);
            }

            if (await session.GetMetaAsync("rootSiteId", ct) is null)
            {
                var root = await SiteFactory.CreateAsync(session, options.HostName, "/", "Communication site", "", groupId: null, ct);
                await session.SetMetaAsync("rootSiteId", root.Id, ct);
            }

            return new TenantIdentity(tenantId);
        }, ct);
}

/// <summary>The tenant's stable identity.</summary>
internal sealed record TenantIdentity(string TenantId);
