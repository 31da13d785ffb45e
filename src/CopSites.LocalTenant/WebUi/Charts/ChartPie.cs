using CopSites.LocalTenant.WebUi.Html;
using static CopSites.LocalTenant.WebUi.Charts.ChartStyle;

namespace CopSites.LocalTenant.WebUi.Charts;

/// <summary>
/// A pie with a legend, beside it when the chart is wide and below it when narrow. Only positive values get a slice;
/// every point stays in the legend with its value and share.
/// </summary>
internal static class ChartPie
{
    private const double LegendRow = 24;

    public static Markup Build(string title, IReadOnlyList<ChartPoint> points, double width)
    {
        var wide = width >= 560;
        var radius = wide ? 120 : Math.Min(120, width / 2 - 24);
        var (cx, cy) = (wide ? 150 : width / 2, 40 + radius);
        var (legendX, legendY) = (wide ? 310 : 16, wide ? 56 : cy + radius + 36);
        var height = Math.Max(cy + radius + 16, legendY + points.Count * LegendRow);
        var total = points.Where(p => p.Value > 0).Sum(p => p.Value);
        var parts = new List<Markup>();
        var angle = -Math.PI / 2;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var share = p.Value > 0 && total > 0 ? p.Value / total : 0;
            if (share > 0)
            {
                parts.Add(Slice(p, i, (cx, cy, radius), angle, angle + share * 2 * Math.PI, share));
                angle += share * 2 * Math.PI;
            }

            var y = legendY + i * LegendRow;
            parts.Add(Markup.Html(
                $"<rect class=\"cs-swatch\" x=\"{N(legendX)}\" y=\"{N(y - 11)}\" width=\"14\" height=\"14\" fill=\"{Color(i)}\" />"
                + $"<text class=\"cs-label\" x=\"{N(legendX + 22)}\" y=\"{N(y)}\">{Short(p.Label, 28)}</text>"
                + $"<text class=\"cs-value\" x=\"{N(width - 8)}\" y=\"{N(y)}\" text-anchor=\"end\">{Value(p.Value)} ({Value(share * 100)}%)</text>"));
        }

        return ChartSvg.Frame(title, width, height, Markup.Join(parts));
    }

    private static Markup Slice(ChartPoint p, int index, (double X, double Y, double R) circle, double from, double to, double share)
    {
        var (cx, cy, r) = circle;
        var tooltip = Markup.Html($"<title>{p.Label}: {Value(p.Value)} ({Value(share * 100)}%)</title>");
        if (share >= 0.9999)
        {
            // An arc cannot start and end at the same point, so a single full slice is a circle.
            return Markup.Html($"<circle class=\"cs-slice\" data-label=\"{p.Label}\" data-value=\"{N(p.Value)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\" fill=\"{Color(index)}\">{tooltip}</circle>");
        }

        var (x0, y0) = (cx + r * Math.Cos(from), cy + r * Math.Sin(from));
        var (x1, y1) = (cx + r * Math.Cos(to), cy + r * Math.Sin(to));
        var large = to - from > Math.PI ? 1 : 0;
        var path = $"M {N(cx)} {N(cy)} L {N(x0)} {N(y0)} A {N(r)} {N(r)} 0 {large} 1 {N(x1)} {N(y1)} Z";
        return Markup.Html(
            $"<path class=\"cs-slice\" data-label=\"{p.Label}\" data-value=\"{N(p.Value)}\" d=\"{path}\" fill=\"{Color(index)}\" stroke=\"#fff\" stroke-width=\"2\">{tooltip}</path>");
    }
}
