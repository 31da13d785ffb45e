using CopSites.Indicators.Activity;
using CopSites.Indicators.LifeCycle;
using CopSites.Indicators.Metrics;
using CopSites.Indicators.Network;
using CopSites.Indicators.Recognition;

namespace CopSites.Indicators.Reporting;

/// <summary>
/// Computes every indicator of a CoP (docs/indicators.md), its network, life-cycle stage and recognition, and composes
/// its Usage page and portfolio row.
/// </summary>
public sealed class UsageReportBuilder(ICommunityNetworkAnalysis network) : IUsageReportBuilder
{
    /// <inheritdoc />
    public UsageReport Build(CommunityActivity activity, ReportSettings settings, CancellationToken cancellationToken)
    {
        var index = CommunityIndex.Of(activity);
        var sink = new Observations();
        EngagementMetrics.Compute(index, settings.ExpectedEventsPerMonth, sink);
        PerceptionMetrics.Compute(index, sink);
        ResultsMetrics.Compute(index, sink);
        ResponsivenessMetrics.Compute(index, sink);
        cancellationToken.ThrowIfCancellationRequested();
        var findings = network.Analyze(activity, cancellationToken);
        var stage = LifeCycleRules.Assess(index, settings.DeclaredStage);
        foreach (var (period, held) in stage.ByMonth)
        {
            sink.Add("life-cycle", "stage", period, null, null, held.Number, "stage");
        }

        var rows = sink.Rows.Concat(findings.Observations).ToList();
        var page = new UsagePageComposer(index, rows, stage, findings, RecognitionFinder.Spotlights(index, findings), RecognitionFinder.Milestones(index), settings).Compose();
        var months = index.Months;
        var last = Math.Max(0, months.LastComplete);
        var summary = new PortfolioRow(activity.Site.Alias, activity.Site.DisplayName, activity.Site.SiteUrl, stage.Stage,
            activity.Memberships.Where(s => s.Joined <= activity.AsOf && (s.Left is null || s.Left > activity.AsOf)).Select(s => s.PersonId).Distinct(StringComparer.Ordinal).Count(),
            rows.FirstOrDefault(r => r.Measure == "participation-rate" && r.Period == months.Key(last) && r.Dimension is null)?.Value ?? 0,
            activity.Products.Count(p => p.Created <= activity.AsOf), stage.Trend);
        return new UsageReport(activity.Site, activity.AsOf, summary, rows, page);
    }
}
