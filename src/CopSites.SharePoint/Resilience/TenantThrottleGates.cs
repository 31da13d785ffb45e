using System.Collections.Concurrent;

namespace CopSites.SharePoint.Resilience;

/// <summary>
/// The gates of every tenant this process talks to, one per tenant root, so concurrent provisioning runs against the same
/// tenant back off together. <see cref="Shared"/> is the process-wide registry; tests may make their own.
/// </summary>
public sealed class TenantThrottleGates
{
    private readonly ConcurrentDictionary<string, TenantThrottleGate> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The process-wide registry.</summary>
    public static TenantThrottleGates Shared { get; } = new();

    /// <summary>The gate of the tenant at <paramref name="tenantRoot"/>; created on first use with the given limit.</summary>
    public TenantThrottleGate For(Uri tenantRoot, TimeProvider time, int? maxConcurrentRequests) =>
        _gates.GetOrAdd(KeyOf(tenantRoot), key => new TenantThrottleGate(key, time, maxConcurrentRequests));

    /// <summary>scheme://host:port, lower case: the tenant's identity for throttling.</summary>
    public static string KeyOf(Uri tenantRoot) => tenantRoot.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
}
