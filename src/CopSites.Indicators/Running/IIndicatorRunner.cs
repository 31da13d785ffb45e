using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.Running;

/// <summary>
/// One indicator run for one CoP: read a snapshot, merge it into the stored history, compute, publish. A failure is
/// returned, not thrown, so one failing site never stops the others; cancellation is thrown.
/// </summary>
public interface IIndicatorRunner
{
    /// <summary>Runs the job once for <paramref name="site"/>.</summary>
    Task<IndicatorRunResult> RunAsync(CommunitySite site, ReportSettings settings, CancellationToken cancellationToken);
}
