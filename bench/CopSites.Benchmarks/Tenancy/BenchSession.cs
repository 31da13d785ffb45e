using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Provisioning;

namespace CopSites.Benchmarks.Tenancy;

/// <summary>
/// One connection to the tenant, composed as the CLI's TenantSession does for `--tenant local`: an embedded-tenant
/// target, a token fetched for a seeded user, the gateway factory's clients (shared throttle gate, $batch, Retry-After)
/// and the site gateway the engine runs over. Every CoP provisioned through one session shares its throttle gate.
/// </summary>
internal sealed class BenchSession : IDisposable
{
    private BenchSession(TenantGateway gateway)
    {
        Gateway = gateway;
        Sites = new SiteGateway(gateway);
    }

    public TenantGateway Gateway { get; }

    public SiteGateway Sites { get; }

    /// <summary>The engine with the standard builders, as `copsites provision` runs it.</summary>
    public ProvisioningEngine Engine() => new(Sites, StandardBuilders.All);

    public static BenchSession Open(Uri tenantRoot, string account)
    {
        var connection = new TenantConnection(TenantTarget.LocalEmbedded(tenantRoot), LocalTokenAuthentication.ForUser(account));
        return new BenchSession(TenantGatewayFactory.Create(connection));
    }

    public void Dispose() => Gateway.Dispose();
}
