using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Running;

namespace CopSites.Scheduling.TestHost;

/// <summary>A runner that records each call; it hangs for one CoP (to be killed mid-run) and fails another.</summary>
internal sealed class RecordingRunner(SharedRecord record, string? hang, string? fail) : IIndicatorRunner
{
    public async Task<IndicatorRunResult> RunAsync(CommunitySite site, ReportSettings settings, CancellationToken cancellationToken)
    {
        record.Write("run", site.Alias);
        if (site.Alias == hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        await Task.Delay(50, cancellationToken);
        return site.Alias == fail
            ? new IndicatorRunResult(site, false, null, $"{site.Alias}: the list 'Events' was deleted")
            : new IndicatorRunResult(site, true, null, null);
    }
}
