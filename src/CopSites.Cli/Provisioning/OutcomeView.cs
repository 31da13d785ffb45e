using Spectre.Console;

namespace CopSites.Cli.Provisioning;

/// <summary>The summary table at the end of a provision run: one row per CoP.</summary>
internal static class OutcomeView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<CopOutcome> outcomes)
    {
        var table = new Table().AddColumns("CoP", "Outcome", "Site", "Created", "Updated", "Unchanged", "Requests", "Round trips", "Time");
        foreach (var outcome in outcomes)
        {
            var s = outcome.Summary;
            table.AddRow(
                Markup.Escape(outcome.Charter),
                outcome.Status switch
                {
                    CopStatus.Succeeded => "[green]done[/]",
                    CopStatus.InvalidInput => "[red]bad input[/]",
                    CopStatus.TenantRefused => "[yellow]partly refused[/]",
                    _ => "[red]failed[/]",
                },
                Markup.Escape(s?.Site.Url ?? "-"),
                s?.Changes.Created.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Changes.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Changes.Unchanged.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Requests.Total.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Requests.RoundTrips.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s is null ? "-" : $"{s.ElapsedMs / 1000.0:0.0} s");
        }

        console.Write(table);
        foreach (var outcome in outcomes.Where(o => o.Problems.Count > 0))
        {
            if (outcome.Status == CopStatus.InvalidInput)
            {
                console.MarkupLineInterpolated($"[red]{outcome.Charter}[/]: the inputs cannot be applied; nothing was written:");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]{outcome.Charter}[/]:");
            }

            foreach (var problem in outcome.Problems)
            {
                console.MarkupLineInterpolated($"  - {problem}");
            }
        }
    }
}
