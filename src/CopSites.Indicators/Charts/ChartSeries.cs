namespace CopSites.Indicators.Charts;

/// <summary>One chart's data: a value (or none) per label, in order.</summary>
/// <param name="Labels">The x-axis labels (months).</param>
/// <param name="Values">One value per label; null where there is no figure.</param>
/// <param name="Percent">Whether the values are shares (0–1), shown as percentages.</param>
public sealed record ChartSeries(IReadOnlyList<string> Labels, IReadOnlyList<double?> Values, bool Percent = false);
