using CopSites.Indicators.Scheduling;
using Spectre.Console;

namespace CopSites.Cli.Commands.Worker;

/// <summary>The worker's schedule and its run log, as tables.</summary>
internal static class RunSummaryView
{
    public static void Schedule(IAnsiConsole console, IReadOnlyList<CommunitySchedule> schedules, IReadOnlyDictionary<string, DateTimeOffset?> next)
    {
        var table = new Table().AddColumns("CoP", "Site", "Cron (UTC)", "Next run (UTC)");
        foreach (var schedule in schedules)
        {
            table.AddRow(
                Markup.Escape(schedule.Site.Alias),
                Markup.Escape(schedule.Site.SiteUrl.AbsoluteUri),
                Markup.Escape(schedule.Cron.Expression),
                next.GetValueOrDefault(schedule.Site.Alias) is { } at ? $"{at:yyyy-MM-dd HH:mm}" : "-");
        }

        console.Write(table);
    }

    public static void Runs(IAnsiConsole console, IReadOnlyList<CommunitySchedule> schedules, IReadOnlyList<RunRecord> runs)
    {
        var table = new Table().AddColumns("CoP", "Last run (UTC)", "Outcome", "Runs", "Failures", "Node", "Problem");
        foreach (var schedule in schedules)
        {
            var run = runs.FirstOrDefault(r => r.Alias == schedule.Site.Alias);
            table.AddRow(
                Markup.Escape(schedule.Site.Alias),
                run is null ? "never" : $"{run.FinishedUtc:yyyy-MM-dd HH:mm:ss}",
                run is null ? "-" : run.Outcome == RunOutcome.Succeeded ? "[green]succeeded[/]" : "[red]failed[/]",
                run?.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0",
                run?.Failures.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0",
                Markup.Escape(run?.InstanceId ?? "-"),
                Markup.Escape(run?.Failure ?? ""));
        }

        console.Write(table);
        var failed = runs.Count(r => schedules.Any(s => s.Site.Alias == r.Alias) && r.Outcome == RunOutcome.Failed);
        console.MarkupLineInterpolated($"{schedules.Count} CoPs, {runs.Count(r => schedules.Any(s => s.Site.Alias == r.Alias))} run at least once, {failed} failing on their last run.");
    }
}
