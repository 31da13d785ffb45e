using System.Globalization;
using Spectre.Console;

namespace CopSites.Benchmarks.ProvisionMany;

/// <summary>The `provision-many` table: the batch beside one CoP alone, and any CoP that failed.</summary>
internal static class ManyView
{
    public static void Render(IAnsiConsole console, ManyReport report)
    {
        var times = report.Runs.Select(r => r.ElapsedMs).Order().ToArray();
        var table = new Table()
            .Title($"{report.Count} CoPs, {report.Parallel} at a time, throttle rate {report.ThrottleRate:0.##}, {report.LatencyMs} ms latency")
            .AddColumns("Measure", "Value");
        table.AddRow("Total time", Seconds(report.TotalMs));
        table.AddRow("One CoP alone", Seconds(report.Single.ElapsedMs));
        table.AddRow("One CoP within the batch (median / p95 / max)",
            times.Length == 0 ? "-" : $"{Seconds(Percentile(times, 0.5))} / {Seconds(Percentile(times, 0.95))} / {Seconds(times[^1])}");
        table.AddRow("CoPs per minute", report.CopsPerMinute.ToString("0.0", CultureInfo.InvariantCulture));
        table.AddRow("Throughput ratio (count × alone ÷ total)", report.ThroughputRatio.ToString("0.00", CultureInfo.InvariantCulture) + "×");
        table.AddRow("429s (batch / alone)", $"{N(report.Throttled)} / {N(report.SingleThrottled)}");
        table.AddRow("Round trips / operations (batch)", $"{N(report.RoundTrips)} / {N(report.Operations)}");
        table.AddRow("Failures", report.Failed == 0 ? "[green]0[/]" : $"[red]{report.Failed}[/]");
        console.Write(table);
        foreach (var run in report.Runs.Prepend(report.Single).Where(r => !r.Succeeded))
        {
            console.MarkupLineInterpolated($"[red]{run.Alias}[/]: {string.Join("; ", run.Problems)}");
        }
    }

    private static long Percentile(long[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Seconds(long ms) => (ms / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
