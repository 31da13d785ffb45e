using CopSites.Cli.Tenancy;
using CopSites.Indicators.Network;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Running;
using CopSites.SharePoint.Indicators;

namespace CopSites.Cli.Indicators;

/// <summary>The composition root of the indicator job: the gateway's reader and publisher, the file history, the report builder.</summary>
internal static class IndicatorRunners
{
    public static IIndicatorRunner For(TenantSession session, string historyFolder, TimeProvider? clock = null) =>
        new IndicatorRunner(
            new GraphActivitySource(session.Gateway),
            new FileActivityHistory(historyFolder),
            new UsageReportBuilder(new CommunityNetworkAnalysis()),
            new GraphUsagePublisher(session.Gateway),
            clock ?? TimeProvider.System);
}
