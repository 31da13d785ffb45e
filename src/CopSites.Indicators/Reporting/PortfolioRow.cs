using CopSites.Domain;

namespace CopSites.Indicators.Reporting;

/// <summary>One CoP as KLD's portfolio shows it.</summary>
/// <param name="Alias">The CoP's alias.</param>
/// <param name="Name">The CoP's name.</param>
/// <param name="SiteUrl">Its site.</param>
/// <param name="Stage">Its life-cycle stage.</param>
/// <param name="Members">Current members.</param>
/// <param name="ParticipationRate">Share of members active in the last complete month (0–1).</param>
/// <param name="Products">Knowledge products created over the CoP's life.</param>
/// <param name="Trend">Direction of activity over the last three months against the three before.</param>
public sealed record PortfolioRow(
    string Alias,
    string Name,
    Uri SiteUrl,
    LifeCycleStage Stage,
    int Members,
    double ParticipationRate,
    int Products,
    ActivityTrend Trend);

/// <summary>Where a CoP's activity is heading.</summary>
public enum ActivityTrend
{
    /// <summary>Too little history to tell.</summary>
    Unknown,

    /// <summary>More activity than before.</summary>
    Rising,

    /// <summary>About the same.</summary>
    Steady,

    /// <summary>Less activity than before.</summary>
    Falling,
}
