using System.Globalization;
using System.Net;
using System.Text;

namespace CopSites.Indicators.Charts;

/// <summary>
/// Small, self-contained SVG charts for the Usage page (uploaded as assets and shown by Image web parts): bars or a
/// line with axes, month labels and the value of each point, a <c>title</c> and <c>desc</c> for screen readers, and
/// every text XML-encoded. No script, no external reference.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int Height = 260;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 36;
    private const int Bottom = 44;
    private const string Accent = "#0f6cbd";

    /// <summary>A bar chart.</summary>
    public static string Bars(string title, string description, ChartSeries series) => Render(title, description, series, bars: true);

    /// <summary>A line chart (gaps where a month has no figure).</summary>
    public static string Line(string title, string description, ChartSeries series) => Render(title, description, series, bars: false);

    private static string Render(string title, string description, ChartSeries series, bool bars)
    {
        var svg = new StringBuilder();
        var max = series.Values.OfType<double>().DefaultIfEmpty(0).Max();
        var top = series.Percent ? 1.0 : NiceCeiling(max);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var n = Math.Max(1, series.Labels.Count);
        var step = plotWidth / (double)n;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"t d\" font-family=\"Segoe UI, Arial, sans-serif\">");
        svg.Append($"<title id=\"t\">{Xml(title)}</title><desc id=\"d\">{Xml(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"600\" fill=\"#242424\">{Xml(title)}</text>");
        for (var i = 0; i <= 4; i++)
        {
            var y = Top + plotHeight - (plotHeight * i / 4.0);
            var value = top * i / 4.0;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#e0e0e0\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"#616161\">{Xml(Format(value, series.Percent))}</text>");
        }

        var points = new List<(double X, double Y)?>();
        for (var i = 0; i < series.Labels.Count; i++)
        {
            var x = Left + (step * i) + (step / 2);
            if (series.Labels.Count <= 12 || i % ((series.Labels.Count / 12) + 1) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{Height - Bottom + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#616161\">{Xml(series.Labels[i])}</text>");
            }

            if (series.Values[i] is not { } v)
            {
                points.Add(null);
                continue;
            }

            var h = top <= 0 ? 0 : plotHeight * Math.Clamp(v / top, 0, 1);
            var y = Top + plotHeight - h;
            points.Add((x, y));
            if (bars)
            {
                var barWidth = Math.Max(2, step * 0.6);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - (barWidth / 2):0.#}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\" fill=\"{Accent}\"><title>{Xml(series.Labels[i] + ": " + Format(v, series.Percent))}</title></rect>");
            }

            if (series.Labels.Count <= 12)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y - 5:0.#}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#242424\">{Xml(Format(v, series.Percent))}</text>");
            }
        }

        if (!bars)
        {
            foreach (var run in Runs(points))
            {
                svg.Append("<polyline fill=\"none\" stroke=\"").Append(Accent).Append("\" stroke-width=\"2.5\" points=\"")
                    .AppendJoin(' ', run.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}"))).Append("\"/>");
                foreach (var p in run)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{p.X:0.#}\" cy=\"{p.Y:0.#}\" r=\"3.5\" fill=\"{Accent}\"/>");
                }
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\" stroke=\"#8a8a8a\"/>");
        return svg.Append("</svg>").ToString();
    }

    private static IEnumerable<List<(double X, double Y)>> Runs(List<(double X, double Y)?> points)
    {
        var run = new List<(double X, double Y)>();
        foreach (var p in points)
        {
            if (p is { } point)
            {
                run.Add(point);
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static double NiceCeiling(double max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var factor in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (factor * magnitude >= max)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Format(double value, bool percent) =>
        percent ? value.ToString("P0", CultureInfo.InvariantCulture)
        : Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Xml(string text) => WebUtility.HtmlEncode(text);
}
