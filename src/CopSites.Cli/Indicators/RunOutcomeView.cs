using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Indicators.Running;
using Spectre.Console;

namespace CopSites.Cli.Indicators;

/// <summary>How indicator runs are shown: a table for people, one JSON object for scripts.</summary>
internal static class RunOutcomeView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<IndicatorRunResult> results)
    {
        var table = new Table().AddColumns("CoP", "Outcome", "Stage", "Members", "Participation", "Products", "Trend", "Figures");
        foreach (var r in results)
        {
            var s = r.Report?.Summary;
            table.AddRow(
                Markup.Escape(r.Site.Alias),
                r.Succeeded ? "[green]published[/]" : "[red]failed[/]",
                Markup.Escape(s?.Stage.Label ?? "—"),
                s?.Members.ToString(CultureInfo.InvariantCulture) ?? "—",
                s is null ? "—" : s.ParticipationRate.ToString("P0", CultureInfo.InvariantCulture),
                s?.Products.ToString(CultureInfo.InvariantCulture) ?? "—",
                s?.Trend.ToString().ToLowerInvariant() ?? "—",
                r.Report?.Observations.Count.ToString(CultureInfo.InvariantCulture) ?? "—");
        }

        console.Write(table);
        foreach (var r in results)
        {
            if (r.Succeeded)
            {
                console.MarkupLineInterpolated($"{r.Site.Alias}: {r.Site.SiteUrl}/SitePages/Usage.aspx");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]{r.Site.Alias}:[/] {r.Failure}");
            }
        }
    }

    public static JsonObject Json(IReadOnlyList<IndicatorRunResult> results) => new()
    {
        ["runs"] = new JsonArray(results.Select(r => (JsonNode)new JsonObject
        {
            ["alias"] = r.Site.Alias,
            ["site"] = r.Site.SiteUrl.ToString(),
            ["succeeded"] = r.Succeeded,
            ["failure"] = r.Failure,
            ["stage"] = r.Report?.Summary.Stage.Key,
            ["members"] = r.Report?.Summary.Members,
            ["participationRate"] = r.Report?.Summary.ParticipationRate,
            ["products"] = r.Report?.Summary.Products,
            ["trend"] = r.Report?.Summary.Trend.ToString().ToLowerInvariant(),
            ["observations"] = r.Report?.Observations.Count,
            ["usagePage"] = r.Succeeded ? r.Site.SiteUrl + "/SitePages/Usage.aspx" : null,
        }).ToArray()),
    };
}
