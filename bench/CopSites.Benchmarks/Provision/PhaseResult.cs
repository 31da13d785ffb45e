using CopSites.LocalTenant.Faults;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Benchmarks.Provision;

/// <summary>
/// One measured apply: wall-clock time, and what the tenant counted (round trips on the wire, operations = plain
/// requests plus $batch steps, writes = non-GET operations, 429s), beside the client's own round-trip count.
/// </summary>
internal sealed record PhaseResult(string Name, long ElapsedMs, int RoundTrips, int Operations, int Writes, int Throttled, long ClientRoundTrips,
    int Created, int Updated, int DependencyDepth, IReadOnlyList<string> Failures, IReadOnlyList<LevelTiming> Timeline)
{
    public static PhaseResult From(string name, ProvisioningResult result, TimeSpan elapsed, RequestSummary tenant, long clientRoundTrips,
        IReadOnlyList<LevelTiming> timeline) => new(
        name, (long)elapsed.TotalMilliseconds, tenant.RoundTrips, tenant.Total, tenant.Writes, tenant.Throttled, clientRoundTrips,
        result.Plan.Count(ChangeKind.Create), result.Plan.Count(ChangeKind.Update), result.Plan.DependencyDepth,
        result.Failures.Select(f => $"{f.Key}: {f.Failure}").ToArray(), timeline);
}
