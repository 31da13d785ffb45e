using CopSites.Domain;
using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.LifeCycle;

/// <summary>The life-cycle stage the rules give, the evidence for it in sentences, and where activity is heading.</summary>
/// <param name="Stage">The stage, after hysteresis.</param>
/// <param name="Evidence">Why, in sentences a lead understands, with the figures.</param>
/// <param name="Trend">Activity over the last three complete months against the three before.</param>
/// <param name="ByMonth">The stage held at the end of each month (after hysteresis), by period key.</param>
public sealed record StageAssessment(LifeCycleStage Stage, IReadOnlyList<string> Evidence, ActivityTrend Trend, IReadOnlyDictionary<string, LifeCycleStage> ByMonth);
