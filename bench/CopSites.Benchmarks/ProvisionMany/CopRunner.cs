using System.Diagnostics;
using CopSites.Benchmarks.Inputs;
using CopSites.Benchmarks.Tenancy;
using CopSites.Provisioning.Engine;

namespace CopSites.Benchmarks.ProvisionMany;

/// <summary>
/// Provisions charters over ONE session, as `copsites provision --charters DIR` does (the CLI's CopProvisioner):
/// at most <c>parallel</c> CoPs at once, all behind the session's one throttle gate, one CoP's failure never stopping the others.
/// </summary>
internal sealed class CopRunner(BenchSession session, BenchInputs inputs)
{
    /// <summary>Runs every charter; <paramref name="finished"/> hears of each CoP as it ends (from any thread).</summary>
    public async Task<IReadOnlyList<CopRun>> RunAsync(IReadOnlyList<string> charters, int parallel, CancellationToken ct, Action<CopRun>? finished = null)
    {
        var runs = new CopRun[charters.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, charters.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) =>
            {
                runs[i] = await RunOneAsync(charters[i], token);
                finished?.Invoke(runs[i]);
            });
        return runs;
    }

    private async Task<CopRun> RunOneAsync(string charter, CancellationToken ct)
    {
        var request = inputs.Load(charter);
        var watch = Stopwatch.StartNew();
        try
        {
            var result = await session.Engine().ApplyAsync(request, null, ct);
            return new CopRun(request.Target.Alias, result.Succeeded, watch.ElapsedMilliseconds, result.Failures.Select(f => $"{f.Key}: {f.Failure}").ToArray());
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The CLI records tenant and input errors per CoP; a benchmark also keeps its numbers when something else breaks.
            return new CopRun(request.Target.Alias, false, watch.ElapsedMilliseconds, [$"{e.GetType().Name}: {e.Message}"]);
        }
    }
}
