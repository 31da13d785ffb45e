using CopSites.LocalTenant.WebUi.Html;
using static CopSites.LocalTenant.WebUi.Charts.ChartStyle;

namespace CopSites.LocalTenant.WebUi.Charts;

/// <summary>A pie with a legend. Only positive values get a slice; every point stays in the legend with its value.</summary>
internal static class ChartPie
{
    private const double Cx = 150;
    private const double Cy = 170;
    private const double Radius = 120;

    public static Markup Build(string title, IReadOnlyList<ChartPoint> points)
    {
        var total = points.Where(p => p.Value > 0).Sum(p => p.Value);
        var height = Math.Max(320, 40 + points.Count * 24);
        var parts = new List<Markup>();
        var angle = -Math.PI / 2;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var share = p.Value > 0 && total > 0 ? p.Value / total : 0;
            if (share > 0)
            {
                parts.Add(Slice(p, i, angle, angle + share * 2 * Math.PI, share));
                angle += share * 2 * Math.PI;
            }

            var y = 48 + i * 24;
            parts.Add(Markup.Html(
                $"<rect class=\"cs-swatch\" x=\"310\" y=\"{N(y - 11)}\" width=\"14\" height=\"14\" fill=\"{Color(i)}\" />"
                + $"<text class=\"cs-label\" x=\"332\" y=\"{N(y)}\">{Short(p.Label, 28)}</text>"
                + $"<text class=\"cs-value\" x=\"632\" y=\"{N(y)}\" text-anchor=\"end\">{Value(p.Value)} ({Value(share * 100)}%)</text>"));
        }

        return ChartSvg.Frame(title, height, Markup.Join(parts));
    }

    private static Markup Slice(ChartPoint p, int index, double from, double to, double share)
    {
        var tooltip = Markup.Html($"<title>{p.Label}: {Value(p.Value)} ({Value(share * 100)}%)</title>");
        if (share >= 0.9999)
        {
            // An arc cannot start and end at the same point, so a single full slice is a circle.
            return Markup.Html($"<circle class=\"cs-slice\" data-label=\"{p.Label}\" data-value=\"{N(p.Value)}\" cx=\"{N(Cx)}\" cy=\"{N(Cy)}\" r=\"{N(Radius)}\" fill=\"{Color(index)}\">{tooltip}</circle>");
        }

        var (x0, y0) = (Cx + Radius * Math.Cos(from), Cy + Radius * Math.Sin(from));
        var (x1, y1) = (Cx + Radius * Math.Cos(to), Cy + Radius * Math.Sin(to));
        var large = to - from > Math.PI ? 1 : 0;
        var path = $"M {N(Cx)} {N(Cy)} L {N(x0)} {N(y0)} A {N(Radius)} {N(Radius)} 0 {large} 1 {N(x1)} {N(y1)} Z";
        return Markup.Html(
            $"<path class=\"cs-slice\" data-label=\"{p.Label}\" data-value=\"{N(p.Value)}\" d=\"{path}\" fill=\"{Color(index)}\" stroke=\"#fff\" stroke-width=\"2\">{tooltip}</path>");
    }
}
