using System.Globalization;
using Spectre.Console;

namespace CopSites.Benchmarks.Provision;

/// <summary>The `provision` tables: the two phases side by side with their ratios, and where the first apply spent its time.</summary>
internal static class ProvisionView
{
    public static void Render(IAnsiConsole console, ProvisionReport report, bool details)
    {
        var first = report.FirstApply;
        var again = report.Reapply;
        var table = new Table().Title($"Provisioning one CoP with {report.LatencyMs} ms latency per request")
            .AddColumns("Phase", "Elapsed ms", "× lower bound", "Round trips", "Client RT", "Writes", "Ops", "429s", "Created", "Updated");
        foreach (var phase in new[] { first, again })
        {
            table.AddRow(phase.Name, N(phase.ElapsedMs), Times(phase.ElapsedMs, report.LowerBoundMs), N(phase.RoundTrips), N(phase.ClientRoundTrips),
                N(phase.Writes), N(phase.Operations), N(phase.Throttled), N(phase.Created), N(phase.Updated));
        }

        table.AddRow("[grey]reapply ÷ first[/]", Ratio(again.ElapsedMs, first.ElapsedMs), "", Ratio(again.RoundTrips, first.RoundTrips),
            Ratio(again.ClientRoundTrips, first.ClientRoundTrips), Ratio(again.Writes, first.Writes), Ratio(again.Operations, first.Operations), "", "", "");
        table.AddRow("[grey]lower bound[/]", N(report.LowerBoundMs), "1.0", N(report.DependencyDepth), "", "", "", "", "", "");
        console.Write(table);
        console.MarkupLineInterpolated(
            $"Lower bound = dependency depth {report.DependencyDepth} (levels with writes) × {report.LatencyMs} ms = {report.LowerBoundMs} ms; at {report.LatencyMs} ms per round trip the first apply's {first.RoundTrips} round trips alone would take {(long)first.RoundTrips * report.LatencyMs} ms if sent one after another.");

        var timeline = new Table().Title("Where the first apply spent its time")
            .AddColumns("Stretch", "Writes", "ms", "Round trips", "Latencies deep (ms ÷ latency)");
        foreach (var stretch in first.Timeline)
        {
            timeline.AddRow(stretch.Stretch, stretch.Writes == 0 ? "" : N(stretch.Writes), N(stretch.ElapsedMs), N(stretch.Requests.RoundTrips),
                report.LatencyMs == 0 ? "" : (stretch.ElapsedMs / (double)report.LatencyMs).ToString("0.0", CultureInfo.InvariantCulture));
        }

        console.Write(timeline);
        if (details)
        {
            RenderRoutes(console, report.FirstApply);
            RenderRoutes(console, report.Reapply);
        }

        foreach (var failure in first.Failures.Concat(again.Failures))
        {
            console.MarkupLineInterpolated($"[red]failed:[/] {failure}");
        }

        if (again.Writes > 0)
        {
            console.MarkupLineInterpolated($"[red]The reapply wrote {again.Writes} times; it should write nothing.[/]");
        }
    }

    private static void RenderRoutes(IAnsiConsole console, PhaseResult phase)
    {
        var routes = new Table().Title($"Operations of the {phase.Name}, by stretch").AddColumns("Stretch", "Method", "Route", "Status", "Count");
        foreach (var stretch in phase.Timeline)
        {
            foreach (var route in stretch.Requests.ByRoute)
            {
                routes.AddRow(stretch.Stretch, route.Method, Markup.Escape(route.Route), N(route.Status), N(route.Count));
            }
        }

        console.Write(routes);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(long part, long whole) => whole == 0 ? "-" : (part / (double)whole).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Times(long elapsed, long bound) => bound == 0 ? "-" : (elapsed / (double)bound).ToString("0.0", CultureInfo.InvariantCulture) + "×";
}
