using System.Text.Json.Serialization;

namespace CopSites.Benchmarks.Provision;

/// <summary>What `provision` measured: the first apply on an empty tenant, the reapply, and the floor latency puts under them.</summary>
internal sealed record ProvisionReport(PhaseResult FirstApply, PhaseResult Reapply, int DependencyDepth, int LatencyMs)
{
    /// <summary>No apply can finish faster: each level with writes needs at least one round trip after the previous level's.</summary>
    public long LowerBoundMs => (long)DependencyDepth * LatencyMs;

    /// <summary>True when the first apply landed every write and the reapply wrote nothing.</summary>
    public bool Passed => FirstApply.Failures.Count == 0 && Reapply.Failures.Count == 0 && Reapply.Writes == 0;

    /// <summary>The machine-readable last line.</summary>
    public ProvisionJson ToJson() => new(Phase(FirstApply), Phase(Reapply), DependencyDepth, LowerBoundMs);

    private static PhaseJson Phase(PhaseResult phase) => new(phase.ElapsedMs, phase.RoundTrips, phase.Writes);
}

internal sealed record ProvisionJson(
    [property: JsonPropertyName("firstApply")] PhaseJson FirstApply,
    [property: JsonPropertyName("reapply")] PhaseJson Reapply,
    [property: JsonPropertyName("dependencyDepth")] int DependencyDepth,
    [property: JsonPropertyName("lowerBoundMs")] long LowerBoundMs);

internal sealed record PhaseJson(
    [property: JsonPropertyName("elapsedMs")] long ElapsedMs,
    [property: JsonPropertyName("roundTrips")] int RoundTrips,
    [property: JsonPropertyName("writes")] int Writes);
