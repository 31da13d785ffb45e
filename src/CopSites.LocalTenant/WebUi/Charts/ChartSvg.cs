using CopSites.LocalTenant.WebUi.Html;
using static CopSites.LocalTenant.WebUi.Charts.ChartStyle;

namespace CopSites.LocalTenant.WebUi.Charts;

/// <summary>
/// Draws a Quick Chart as inline SVG: one element per data point (class cs-bar for columns and bars, cs-point for line
/// markers, cs-slice for pie slices), each with its label and value written next to it and in a tooltip. Labels are
/// stored text and are encoded like any other.
/// </summary>
internal static class ChartSvg
{
    private const double Left = 56;
    private const double Right = 16;
    private const double Top = 40;

    /// <summary>
    /// Draws the chart in a coordinate space <paramref name="width"/> units wide. Callers pick the width from the space the
    /// chart gets on the page, so that 12-unit text stays about 12 pixels when the SVG scales to its column.
    /// </summary>
    public static Markup Build(ChartKind kind, string title, IReadOnlyList<ChartPoint> points, double width = 640)
    {
        if (points.Count == 0)
        {
            return Frame(title, width, 80, Markup.Html($"<text x=\"{N(width / 2)}\" y=\"52\" text-anchor=\"middle\" class=\"cs-empty\">No data</text>"));
        }

        return kind switch
        {
            ChartKind.Bar => Bars(title, points, width),
            ChartKind.Line => Line(title, points, width),
            ChartKind.Pie => ChartPie.Build(title, points, width),
            _ => Columns(title, points, width),
        };
    }

    /// <summary>The chart width for a page column spanning <paramref name="span"/> of 12 grid columns.</summary>
    public static double WidthForSpan(int span) => Math.Clamp(span * 80, 360, 800);

    /// <summary>The svg element around a drawing; the title doubles as the accessible name.</summary>
    internal static Markup Frame(string title, double width, double height, Markup body) => Markup.Html(
        $"<svg class=\"cs-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" role=\"img\" aria-label=\"{title}\"><text x=\"0\" y=\"16\" class=\"cs-chart-title\">{title}</text>{body}</svg>");

    /// <summary>How many characters of a category label fit under a band of <paramref name="band"/> units.</summary>
    private static int LabelChars(double band) => Math.Max(4, (int)(band / 7));

    private static Markup Columns(string title, IReadOnlyList<ChartPoint> points, double width)
    {
        const double height = 340, bottom = 300;
        var (min, max, step) = Scale(points.Select(p => p.Value));
        double Y(double v) => bottom - (v - min) / (max - min) * (bottom - Top);
        var band = (width - Left - Right) / points.Count;
        var parts = new List<Markup> { ValueGrid(min, max, step, Y, width) };
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var x = Left + i * band + band * 0.2;
            var (y0, y1) = (Math.Min(Y(p.Value), Y(0)), Math.Max(Y(p.Value), Y(0)));
            var labelY = p.Value < 0 ? y1 + 14 : y0 - 5;
            parts.Add(Markup.Html(
                $"<rect class=\"cs-bar\" data-label=\"{p.Label}\" data-value=\"{N(p.Value)}\" x=\"{N(x)}\" y=\"{N(y0)}\" width=\"{N(band * 0.6)}\" height=\"{N(y1 - y0)}\" fill=\"{Color(i)}\"><title>{p.Label}: {Value(p.Value)}</title></rect>"
                + $"<text class=\"cs-value\" x=\"{N(x + band * 0.3)}\" y=\"{N(labelY)}\" text-anchor=\"middle\">{Value(p.Value)}</text>"
                + $"<text class=\"cs-label\" x=\"{N(x + band * 0.3)}\" y=\"{N(bottom + 18)}\" text-anchor=\"middle\">{Short(p.Label, LabelChars(band))}</text>"));
        }

        return Frame(title, width, height, Markup.Join(parts));
    }

    private static Markup Bars(string title, IReadOnlyList<ChartPoint> points, double width)
    {
        const double row = 34;
        var labelWidth = width * 0.3;
        var height = Top + points.Count * row + 30;
        var (min, max, _) = Scale(points.Select(p => p.Value));
        double X(double v) => labelWidth + (v - min) / (max - min) * (width - labelWidth - 60);
        var parts = new List<Markup>();
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = Top + i * row + 6;
            var (x0, x1) = (Math.Min(X(p.Value), X(0)), Math.Max(X(p.Value), X(0)));
            parts.Add(Markup.Html(
                $"<text class=\"cs-label\" x=\"{N(labelWidth - 8)}\" y=\"{N(y + 16)}\" text-anchor=\"end\">{Short(p.Label, LabelChars(labelWidth))}</text>"
                + $"<rect class=\"cs-bar\" data-label=\"{p.Label}\" data-value=\"{N(p.Value)}\" x=\"{N(x0)}\" y=\"{N(y)}\" width=\"{N(x1 - x0)}\" height=\"22\" fill=\"{Color(i)}\"><title>{p.Label}: {Value(p.Value)}</title></rect>"
                + $"<text class=\"cs-value\" x=\"{N(x1 + 6)}\" y=\"{N(y + 16)}\">{Value(p.Value)}</text>"));
        }

        parts.Add(Markup.Html($"<line class=\"cs-axis\" x1=\"{N(X(0))}\" y1=\"{N(Top)}\" x2=\"{N(X(0))}\" y2=\"{N(height - 24)}\" />"));
        return Frame(title, width, height, Markup.Join(parts));
    }

    private static Markup Line(string title, IReadOnlyList<ChartPoint> points, double width)
    {
        const double height = 340, bottom = 300;
        var (min, max, step) = Scale(points.Select(p => p.Value));
        double Y(double v) => bottom - (v - min) / (max - min) * (bottom - Top);
        var band = (width - Left - Right) / points.Count;
        var coordinates = points.Select((p, i) => (X: Left + band * (i + 0.5), Y: Y(p.Value))).ToList();
        var parts = new List<Markup>
        {
            ValueGrid(min, max, step, Y, width),
            Markup.Html($"<polyline class=\"cs-line\" fill=\"none\" stroke=\"{Color(0)}\" stroke-width=\"3\" points=\"{string.Join(' ', coordinates.Select(c => N(c.X) + "," + N(c.Y)))}\" />"),
        };
        for (var i = 0; i < points.Count; i++)
        {
            var (p, (x, y)) = (points[i], coordinates[i]);
            parts.Add(Markup.Html(
                $"<circle class=\"cs-point\" data-label=\"{p.Label}\" data-value=\"{N(p.Value)}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"5\" fill=\"{Color(0)}\"><title>{p.Label}: {Value(p.Value)}</title></circle>"
                + $"<text class=\"cs-value\" x=\"{N(x)}\" y=\"{N(y - 10)}\" text-anchor=\"middle\">{Value(p.Value)}</text>"
                + $"<text class=\"cs-label\" x=\"{N(x)}\" y=\"{N(bottom + 18)}\" text-anchor=\"middle\">{Short(p.Label, LabelChars(band))}</text>"));
        }

        return Frame(title, width, height, Markup.Join(parts));
    }

    private static Markup ValueGrid(double min, double max, double step, Func<double, double> y, double width)
    {
        var lines = new List<Markup>();
        for (var v = min; v <= max + step / 2; v += step)
        {
            lines.Add(Markup.Html(
                $"<line class=\"cs-grid\" x1=\"{N(Left)}\" y1=\"{N(y(v))}\" x2=\"{N(width - Right)}\" y2=\"{N(y(v))}\" /><text class=\"cs-tick\" x=\"{N(Left - 6)}\" y=\"{N(y(v) + 4)}\" text-anchor=\"end\">{Value(v)}</text>"));
        }

        lines.Add(Markup.Html($"<line class=\"cs-axis\" x1=\"{N(Left)}\" y1=\"{N(y(0))}\" x2=\"{N(width - Right)}\" y2=\"{N(y(0))}\" />"));
        return Markup.Join(lines);
    }
}
