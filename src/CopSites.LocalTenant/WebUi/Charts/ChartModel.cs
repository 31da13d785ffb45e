using System.Globalization;

namespace CopSites.LocalTenant.WebUi.Charts;

/// <summary>The chart types of SharePoint's Quick Chart web part. Column bars are vertical, bar bars horizontal.</summary>
internal enum ChartKind
{
    Column,
    Bar,
    Line,
    Pie,
}

/// <summary>One data point: a category label and its value.</summary>
internal sealed record ChartPoint(string Label, double Value);

/// <summary>The numbers and colours every chart drawing shares.</summary>
internal static class ChartStyle
{
    /// <summary>Fluent data-visualisation colours, in SharePoint's order.</summary>
    public static readonly string[] Palette = ["#0078d4", "#00bcf2", "#8764b8", "#e3008c", "#ca5010", "#498205", "#004e8c", "#ffaa44", "#038387", "#a4262c"];

    public static string Color(int index) => Palette[index % Palette.Length];

    /// <summary>A value as SharePoint labels it: grouped thousands, at most two decimals.</summary>
    public static string Value(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>An SVG coordinate.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    /// <summary>Long category labels are shortened on the axis; the full label stays in the tooltip.</summary>
    public static string Short(string label, int max) => label.Length <= max ? label : label[..(max - 1)] + "…";

    /// <summary>Axis bounds and a round step (1, 2 or 5 × 10ⁿ) giving about five gridlines; the bounds always include zero.</summary>
    public static (double Min, double Max, double Step) Scale(IEnumerable<double> values)
    {
        var list = values.ToList();
        var min = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var max = Math.Max(0, list.Count == 0 ? 0 : list.Max());
        if (max - min <= 0)
        {
            max = min + 1;
        }

        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }
}
