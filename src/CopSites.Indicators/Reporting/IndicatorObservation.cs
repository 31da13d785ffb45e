namespace CopSites.Indicators.Reporting;

/// <summary>
/// One figure of one indicator for one period, overall or for one unit or country: a row of the Indicators list.
/// Its identity is (<see cref="Measure"/>, <see cref="Period"/>, <see cref="Dimension"/>, <see cref="DimensionValue"/>):
/// a rerun for the same period updates the row, never adds one.
/// </summary>
/// <param name="IndicatorKey">The <see cref="CopSites.Domain.Indicator"/> key it belongs to (e.g. <c>participation-rate</c>), or <c>network</c> / <c>life-cycle</c>.</param>
/// <param name="Measure">The measure's stable key within the indicator (e.g. <c>participation-rate</c>, <c>joins</c>, <c>median-first-reply-hours</c>).</param>
/// <param name="Period">The calendar month, as <c>yyyy-MM</c>, or <c>all</c> for the CoP's whole life.</param>
/// <param name="Dimension">Null for the whole CoP, or <c>unit</c> or <c>country</c>.</param>
/// <param name="DimensionValue">The unit or country the figure is for; null when <paramref name="Dimension"/> is null.</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">What the figure counts: <c>count</c>, <c>ratio</c>, <c>hours</c>, <c>score</c>…</param>
public sealed record IndicatorObservation(
    string IndicatorKey,
    string Measure,
    string Period,
    string? Dimension,
    string? DimensionValue,
    double Value,
    string Unit);
