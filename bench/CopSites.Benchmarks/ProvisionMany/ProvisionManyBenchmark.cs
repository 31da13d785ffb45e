using System.Diagnostics;
using CopSites.Benchmarks.Inputs;
using CopSites.Benchmarks.Tenancy;
using CopSites.LocalTenant.Faults;

namespace CopSites.Benchmarks.ProvisionMany;

/// <summary>What a provision-many run does: how many CoPs, how hard the tenant pushes back, how many at once.</summary>
internal sealed record ManySettings(int Count, double ThrottleRate, int LatencyMs, int Parallel, bool WarmUp, int? FaultSeed)
{
    /// <summary>These settings, or <see cref="BenchInputException"/> naming the option out of range.</summary>
    public ManySettings Checked() =>
        Count is < 1 or > 500 ? throw new BenchInputException("--count must be between 1 and 500.")
        : ThrottleRate is < 0 or >= 1 ? throw new BenchInputException("--throttle-rate is a chance: at least 0 and below 1.")
        : LatencyMs < 0 ? throw new BenchInputException("--latency-ms must not be negative.")
        : Parallel is < 1 or > 64 ? throw new BenchInputException("--parallel must be between 1 and 64.")
        : this;
}

/// <summary>
/// Many CoPs at once through one session against a throttling tenant, and one CoP alone under the same faults: does
/// sharing one throttle gate still give throughput, and does every CoP finish?
/// </summary>
internal static class ProvisionManyBenchmark
{
    public static async Task<ManyReport> RunAsync(BenchInputs inputs, string exampleCharter, ManySettings settings, Action<string> say, CancellationToken ct)
    {
        using var charters = CharterCopies.Write(exampleCharter, settings.Count + 2, "bench");
        var warmUp = charters.Files[^1];
        var alone = charters.Files[^2];
        var many = charters.Files.Take(settings.Count).ToArray();
        foreach (var charter in charters.Files)
        {
            inputs.Load(charter);
        }

        await using var tenant = await BenchTenant.StartAsync(settings.FaultSeed, ct);
        using var session = tenant.Connect();
        var runner = new CopRunner(session, inputs);
        if (settings.WarmUp)
        {
            say("warming up (one CoP, no faults, not measured)…");
            await runner.RunAsync([warmUp], 1, ct);
        }

        tenant.Inject(new FaultSettings { ThrottleRate = settings.ThrottleRate, Latency = TimeSpan.FromMilliseconds(settings.LatencyMs) });
        say($"one CoP alone (throttle rate {settings.ThrottleRate:0.##}, {settings.LatencyMs} ms latency)…");
        var singleMark = tenant.Host.Counter.Mark();
        var single = (await runner.RunAsync([alone], 1, ct))[0];
        var singleCounts = tenant.Host.Counter.Since(singleMark);

        say($"{settings.Count} CoPs, {settings.Parallel} at a time, through one session…");
        var mark = tenant.Host.Counter.Mark();
        var watch = Stopwatch.StartNew();
        var done = 0;
        var failed = 0;
        var runs = await runner.RunAsync(many, settings.Parallel, ct, run =>
        {
            // A throttled run takes minutes: say how far it is, about every tenth of the CoPs.
            var finished = Interlocked.Increment(ref done);
            var failures = run.Succeeded ? Volatile.Read(ref failed) : Interlocked.Increment(ref failed);
            if (finished % Math.Max(1, settings.Count / 10) == 0 || finished == settings.Count)
            {
                say($"{finished}/{settings.Count} CoPs done ({failures} failed) after {watch.Elapsed.TotalSeconds:0} s");
            }
        });
        var total = watch.ElapsedMilliseconds;
        var counts = tenant.Host.Counter.Since(mark);
        return new ManyReport(runs, total, single, counts.Throttled, singleCounts.Throttled, counts.RoundTrips, counts.Total,
            settings.Parallel, settings.ThrottleRate, settings.LatencyMs);
    }
}
