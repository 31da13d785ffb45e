using Spectre.Console;

namespace CopSites.Cli.Provisioning;

/// <summary>The summary table at the end of a provision run: one row per CoP.</summary>
internal static class OutcomeView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<CopOutcome> outcomes)
    {
        var table = new Table().AddColumns("CoP", "Outcome", "Created", "Updated", "Unchanged", "Writes", "Round trips", "Time");
        foreach (var outcome in outcomes)
        {
            var s = outcome.Summary;
            table.AddRow(
                Markup.Escape(Path.GetFileNameWithoutExtension(outcome.Charter)),
                outcome.Status switch
                {
                    CopStatus.Succeeded => "[green]done[/]",
                    CopStatus.InvalidInput => "[red]bad input[/]",
                    CopStatus.TenantRefused => "[yellow]partly refused[/]",
                    _ => "[red]failed[/]",
                },
                s?.Changes.Created.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Changes.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Changes.Unchanged.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Requests.Writes.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s?.Requests.RoundTrips.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                s is null ? "-" : $"{s.ElapsedMs / 1000.0:0.0} s");
        }

        console.Write(table);
        foreach (var outcome in outcomes.Where(o => o.Summary is not null))
        {
            console.MarkupLineInterpolated($"{Path.GetFileNameWithoutExtension(outcome.Charter)}: [link]{outcome.Summary!.Site.Url}[/]");
        }

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
