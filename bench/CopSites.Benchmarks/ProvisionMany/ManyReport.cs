using System.Text.Json.Serialization;

namespace CopSites.Benchmarks.ProvisionMany;

/// <summary>
/// What `provision-many` measured: <see cref="Runs"/> provisioned together over one session, and one CoP alone under the
/// same faults. The throughput ratio is how many times faster the batch went than the same CoPs one after another
/// (count × one CoP's time ÷ total time); with no throttling it tends to the parallelism.
/// </summary>
internal sealed record ManyReport(IReadOnlyList<CopRun> Runs, long TotalMs, CopRun Single, int Throttled, int SingleThrottled, int RoundTrips, int Operations,
    int Parallel, double ThrottleRate, int LatencyMs)
{
    public int Count => Runs.Count;

    public int Failed => Runs.Count(r => !r.Succeeded) + (Single.Succeeded ? 0 : 1);

    public double CopsPerMinute => TotalMs == 0 ? 0 : Count * 60_000.0 / TotalMs;

    public double ThroughputRatio => TotalMs == 0 ? 0 : Count * (double)Single.ElapsedMs / TotalMs;

    public ManyJson ToJson() => new(Count, TotalMs, Single.ElapsedMs, Math.Round(ThroughputRatio, 2), Throttled, Failed);
}

internal sealed record ManyJson(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("totalMs")] long TotalMs,
    [property: JsonPropertyName("singleCopMs")] long SingleCopMs,
    [property: JsonPropertyName("throughputRatio")] double ThroughputRatio,
    [property: JsonPropertyName("throttled")] int Throttled,
    [property: JsonPropertyName("failed")] int Failed);
