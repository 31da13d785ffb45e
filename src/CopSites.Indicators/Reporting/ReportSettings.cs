using CopSites.Domain;

namespace CopSites.Indicators.Reporting;

/// <summary>What the charter says about how a CoP's figures are shown.</summary>
/// <param name="Spotlights">Whether spotlights name people.</param>
/// <param name="DeclaredStage">The stage the charter declares, shown beside the computed one; null when not declared.</param>
/// <param name="ExpectedEventsPerMonth">Core sessions a month the charter's cadence promises (weekly ≈ 4.3); null when unknown.</param>
public sealed record ReportSettings(SpotlightMode Spotlights, LifeCycleStage? DeclaredStage, double? ExpectedEventsPerMonth = null)
{
    /// <summary>Named spotlights, no declared stage.</summary>
    public static ReportSettings Default { get; } = new(SpotlightMode.Named, null);
}
