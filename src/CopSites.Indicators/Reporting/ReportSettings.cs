using CopSites.Domain;

namespace CopSites.Indicators.Reporting;

/// <summary>What the charter says about how a CoP's figures are shown.</summary>
/// <param name="Spotlights">Whether spotlights name people.</param>
/// <param name="DeclaredStage">The stage the charter declares, shown beside the computed one; null when not declared.</param>
public sealed record ReportSettings(SpotlightMode Spotlights, LifeCycleStage? DeclaredStage)
{
    /// <summary>Named spotlights, no declared stage.</summary>
    public static ReportSettings Default { get; } = new(SpotlightMode.Named, null);
}
