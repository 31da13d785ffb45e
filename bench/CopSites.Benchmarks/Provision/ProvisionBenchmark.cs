using CopSites.Benchmarks.Inputs;
using CopSites.Benchmarks.Tenancy;
using CopSites.LocalTenant.Faults;

namespace CopSites.Benchmarks.Provision;

/// <summary>
/// Provisions one CoP on a fresh local tenant with injected latency, then applies it again: how close the first apply
/// comes to the floor the dependency levels set, and whether the reapply writes nothing.
/// </summary>
internal static class ProvisionBenchmark
{
    public static async Task<ProvisionReport> RunAsync(BenchInputs inputs, string charter, int latencyMs, bool warmUp, Action<string> say, CancellationToken ct)
    {
        var request = inputs.Load(charter);
        await using var tenant = await BenchTenant.StartAsync(faultSeed: null, ct);
        if (warmUp)
        {
            // JIT and connection setup are not what is measured: one unmeasured CoP, no latency, under another alias.
            say("warming up (one CoP, no latency, not measured)…");
            await PhaseRunner.ApplyAsync("warm-up", tenant, request with { Target = request.Target with { Alias = request.Target.Alias + "-warmup" } }, ct);
        }

        tenant.Inject(new FaultSettings { Latency = TimeSpan.FromMilliseconds(latencyMs) });
        say($"first apply of {request.Target.Alias} with {latencyMs} ms latency per request…");
        var first = await PhaseRunner.ApplyAsync("first apply", tenant, request, ct);
        say("reapply…");
        var again = await PhaseRunner.ApplyAsync("reapply", tenant, request, ct);
        return new ProvisionReport(first, again, first.DependencyDepth, latencyMs);
    }
}
