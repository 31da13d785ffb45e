using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Reporting;

/// <summary>Computes every indicator, the life-cycle stage and the recognition of one CoP, and composes its Usage page.</summary>
public interface IUsageReportBuilder
{
    /// <summary>Builds the report for the CoP's whole known activity.</summary>
    UsageReport Build(CommunityActivity activity, ReportSettings settings, CancellationToken cancellationToken);
}
