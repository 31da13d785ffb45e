using CopSites.LocalTenant.Auth;
using CopSites.LocalTenant.Faults;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Hosting;

/// <summary>The tenant's shared services, handed to endpoint modules.</summary>
public sealed record TenantServices(
    TenantContext Tenant,
    TokenService Tokens,
    GraphPipeline Pipeline,
    FaultInjector Faults,
    RequestCounter Counter,
    FaultSettingsHolder FaultSettings);

/// <summary>The tenant-wide fault settings, changeable at run time through /_tenant/faults.</summary>
public sealed class FaultSettingsHolder(FaultSettings initial)
{
    private FaultSettings _current = initial;

    /// <summary>The settings in force.</summary>
    public FaultSettings Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }
}
