using System.Text.Json.Nodes;
using CopSites.LocalTenant.WebUi.Charts;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>Quick Chart: properties.type (bar, column, line, pie) and properties.data[] of {label, value}, drawn as SVG.</summary>
internal sealed class QuickChartView : IWebPartView
{
    public string WebPartType => "91a50c94-865f-4f5c-8b4e-e49659e69772";

    public Task<Markup> RenderAsync(WebPartData part, WebPartContext context)
    {
        var properties = part.Properties;
        var kind = (properties.Text("type", "chartType") ?? "").ToLowerInvariant() switch
        {
            "bar" => ChartKind.Bar,
            "line" => ChartKind.Line,
            "pie" or "doughnut" => ChartKind.Pie,
            _ => ChartKind.Column,
        };
        var points = (properties.Array("data") ?? [])
            .OfType<JsonObject>()
            .Select(p => new ChartPoint(p.Text("label", "name") ?? "", Finite(p["value"].Number())))
            .ToList();
        var title = properties.Text("chartTitle", "title") ?? part.Data.Text("title") ?? "Chart";
        return Task.FromResult(ChartSvg.Build(kind, title, points, ChartSvg.WidthForSpan(context.Span)));
    }

    private static double Finite(double? value) => value is { } v && double.IsFinite(v) ? v : 0;
}
