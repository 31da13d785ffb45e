using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Reporting;

/// <summary>What one indicator run produced for one CoP: the figures, the page that explains them, the portfolio row.</summary>
/// <param name="Site">The CoP.</param>
/// <param name="AsOf">The moment the activity was read.</param>
/// <param name="Summary">The CoP's row in KLD's portfolio.</param>
/// <param name="Observations">One value per indicator measure, period and breakdown: the rows of the Indicators list.</param>
/// <param name="Page">The Usage page's content.</param>
public sealed record UsageReport(
    CommunitySite Site,
    DateTimeOffset AsOf,
    PortfolioRow Summary,
    IReadOnlyList<IndicatorObservation> Observations,
    UsagePage Page);
