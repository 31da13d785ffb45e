using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.Ports;

/// <summary>
/// Writes a run's results to the CoP's site: chart assets, the Usage page (updated in place, never duplicated) and the
/// Indicators list (one row per observation; a rerun for the same period updates). Implemented by the tenant gateway.
/// </summary>
public interface IUsagePublisher
{
    /// <summary>Publishes <paramref name="report"/>; on failure the last good page stays as it was.</summary>
    Task PublishAsync(UsageReport report, CancellationToken cancellationToken);
}
