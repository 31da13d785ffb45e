using CopSites.Domain;
using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.Metrics;

/// <summary>
/// Collects indicator observations. A figure that cannot be computed (a ratio over nobody, an average of no answers)
/// is left out rather than written as 0, so "no data" never reads as "nobody".
/// </summary>
public sealed class Observations
{
    private readonly List<IndicatorObservation> _rows = [];

    /// <summary>What was collected.</summary>
    public IReadOnlyList<IndicatorObservation> Rows => _rows;

    /// <summary>Adds one figure for the whole CoP.</summary>
    public void Add(Indicator indicator, string measure, string period, double? value, string unit) =>
        Add(indicator.Key, measure, period, null, null, value, unit);

    /// <summary>Adds one figure for a unit or country.</summary>
    public void Add(Indicator indicator, string measure, string period, string dimension, string dimensionValue, double? value, string unit) =>
        Add(indicator.Key, measure, period, dimension, dimensionValue, value, unit);

    /// <summary>Adds one figure under any indicator key (<c>network</c>, <c>life-cycle</c>).</summary>
    public void Add(string indicatorKey, string measure, string period, string? dimension, string? dimensionValue, double? value, string unit)
    {
        if (value is { } v && double.IsFinite(v))
        {
            _rows.Add(new IndicatorObservation(indicatorKey, measure, period, dimension, dimensionValue, v, unit));
        }
    }

    /// <summary><paramref name="part"/> / <paramref name="whole"/>, or null over nothing.</summary>
    public static double? Ratio(double part, double whole) => whole > 0 ? part / whole : null;

    /// <summary>The mean, or null without values.</summary>
    public static double? Mean(IEnumerable<int?> values)
    {
        var known = values.OfType<int>().ToList();
        return known.Count == 0 ? null : known.Average();
    }

    /// <summary>The median, or null without values.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>The dimensions figures are broken down by.</summary>
public static class Dimensions
{
    /// <summary>The person's unit (department).</summary>
    public const string Unit = "unit";

    /// <summary>The person's country.</summary>
    public const string Country = "country";
}
