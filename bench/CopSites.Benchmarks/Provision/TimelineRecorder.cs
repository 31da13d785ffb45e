using System.Diagnostics;
using CopSites.LocalTenant.Faults;
using CopSites.Provisioning.Engine;

namespace CopSites.Benchmarks.Provision;

/// <summary>
/// Records when the engine reports each level's start and end, synchronously (Progress&lt;T&gt; would post to the
/// thread pool and blur the times), with the tenant's counts since the previous report, and turns them into stretches:
/// the first read and plan, each level's writes (level 0 includes the re-read of the site the group created), the
/// engine's own work between levels, and the finish.
/// </summary>
internal sealed class TimelineRecorder(RequestCounter counter) : IProgress<ProvisioningProgress>
{
    private const string EndSuffix = " done";
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly List<(long At, ProvisioningProgress Progress, RequestSummary Requests)> _reports = [];
    private long _mark = counter.Mark();

    /// <summary>Milliseconds since the recorder was made: make it just before the apply starts.</summary>
    public long ElapsedMs => _clock.ElapsedMilliseconds;

    public void Report(ProvisioningProgress value)
    {
        lock (_lock)
        {
            _reports.Add((_clock.ElapsedMilliseconds, value, Slice()));
        }
    }

    /// <summary>The stretches, given the apply's total time; call once the apply has returned.</summary>
    public IReadOnlyList<LevelTiming> Stretches(long totalMs)
    {
        var stretches = new List<LevelTiming>();
        var previous = 0L;
        var doneBefore = 0;
        foreach (var (at, progress, requests) in _reports)
        {
            if (progress.Current.EndsWith(EndSuffix, StringComparison.Ordinal))
            {
                stretches.Add(new LevelTiming($"level {progress.Level} writes", progress.Done - doneBefore, at - previous, requests));
                doneBefore = progress.Done;
            }
            else
            {
                stretches.Add(new LevelTiming(stretches.Count == 0 ? "read site + plan" : $"before level {progress.Level}", 0, at - previous, requests));
            }

            previous = at;
        }

        lock (_lock)
        {
            stretches.Add(new LevelTiming(stretches.Count == 0 ? "read site + plan (nothing to write)" : "finish", 0, totalMs - previous, Slice()));
        }

        return stretches;
    }

    private RequestSummary Slice()
    {
        var next = counter.Mark();
        var slice = counter.Since(_mark);
        _mark = next;
        return slice;
    }
}
