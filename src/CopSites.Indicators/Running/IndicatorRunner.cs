using CopSites.Indicators.Activity;
using CopSites.Indicators.Ports;
using CopSites.Indicators.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CopSites.Indicators.Running;

/// <summary>
/// One indicator run: read a snapshot through the tenant, merge it into the stored history, compute every figure and
/// the page, publish. A failure is returned naming the site and what failed (the last good page stays, since the
/// publisher writes the page last); cancellation is thrown so a stopping worker stops.
/// </summary>
public sealed class IndicatorRunner(ICommunityActivitySource source, IActivityHistory history, IUsageReportBuilder builder, IUsagePublisher publisher,
    TimeProvider clock, ILogger<IndicatorRunner>? logger = null) : IIndicatorRunner
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <inheritdoc />
    public async Task<IndicatorRunResult> RunAsync(CommunitySite site, ReportSettings settings, CancellationToken cancellationToken)
    {
        UsageReport? report = null;
        try
        {
            var snapshot = await source.ReadAsync(site, clock.GetUtcNow(), cancellationToken);
            var activity = await history.MergeAsync(snapshot, cancellationToken);
            report = builder.Build(activity, settings, cancellationToken);
            await publisher.PublishAsync(report, cancellationToken);
            _logger.LogInformation("{Site}: indicators published ({Observations} figures, stage {Stage}).", site.SiteUrl, report.Observations.Count, report.Summary.Stage.Key);
            return new IndicatorRunResult(site, true, report, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (CommunityReadException e)
        {
            _logger.LogWarning(e, "{Site}: indicator run failed reading {What}.", site.SiteUrl, e.What);
            return new IndicatorRunResult(site, false, report, e.Message);
        }
        catch (CommunityPublishException e)
        {
            // Throttled past retries, a refused write: the page was not replaced, and the next run finishes the work.
            _logger.LogWarning(e, "{Site}: indicator run failed publishing.", site.SiteUrl);
            return new IndicatorRunResult(site, false, report, e.Message);
        }
    }
}
