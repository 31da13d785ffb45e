using CopSites.Benchmarks.Tenancy;
using CopSites.Provisioning.Engine;

namespace CopSites.Benchmarks.Provision;

/// <summary>Applies a request once over a new session (as one `copsites provision` run would) and measures it on both sides of the wire.</summary>
internal static class PhaseRunner
{
    public static async Task<PhaseResult> ApplyAsync(string name, BenchTenant tenant, ProvisioningRequest request, CancellationToken ct)
    {
        using var session = tenant.Connect();
        var mark = tenant.Host.Counter.Mark();
        var client = session.Gateway.Metrics.Snapshot();
        var timeline = new TimelineRecorder(tenant.Host.Counter);
        var result = await session.Engine().ApplyAsync(request, timeline, ct);
        var elapsed = timeline.ElapsedMs;
        return PhaseResult.From(name, result, TimeSpan.FromMilliseconds(elapsed), tenant.Host.Counter.Since(mark),
            session.Gateway.Metrics.Snapshot().Since(client).RoundTrips, timeline.Stretches(elapsed));
    }
}
