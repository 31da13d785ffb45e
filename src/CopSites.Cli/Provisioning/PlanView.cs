using CopSites.Provisioning.Engine.Planning;
using CopSites.Provisioning.Engine.Resources;
using Spectre.Console;

namespace CopSites.Cli.Provisioning;

/// <summary>Shows a plan to a person: counts per kind, then every line that changes something, with its reason.</summary>
internal static class PlanView
{
    public static void Render(IAnsiConsole console, ProvisioningPlan plan, bool all)
    {
        var summary = new Table().Title($"Plan for {Markup.Escape(plan.Target.DisplayName)} ({Markup.Escape(plan.Target.Alias)})")
            .AddColumns("Kind", "Create", "Update", "Unchanged", "Skipped");
        foreach (var kind in plan.Changes.GroupBy(c => c.Key.Kind).OrderBy(g => g.Key))
        {
            summary.AddRow(kind.Key.ToString(), Count(kind, ChangeKind.Create), Count(kind, ChangeKind.Update), Count(kind, ChangeKind.Unchanged), Count(kind, ChangeKind.Skipped));
        }

        summary.AddRow("[bold]Total[/]", Total(plan, ChangeKind.Create), Total(plan, ChangeKind.Update), Total(plan, ChangeKind.Unchanged), Total(plan, ChangeKind.Skipped));
        console.Write(summary);

        var details = new Table().AddColumns("Level", "Change", "Object", "Why");
        foreach (var line in plan.Changes.Where(c => all || c.Kind != ChangeKind.Unchanged))
        {
            details.AddRow(line.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), Colour(line.Kind), Markup.Escape(line.Key.ToString()), Markup.Escape(line.Reason));
        }

        if (details.Rows.Count > 0)
        {
            console.Write(details);
        }

        if (plan.Unsupported.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Not applied (unsupported):[/] {string.Join(", ", plan.Unsupported)}");
        }
    }

    private static string Count(IEnumerable<PlannedChange> lines, ChangeKind kind) => lines.Count(l => l.Kind == kind).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Total(ProvisioningPlan plan, ChangeKind kind) => $"[bold]{plan.Count(kind)}[/]";

    private static string Colour(ChangeKind kind) => kind switch
    {
        ChangeKind.Create => "[green]create[/]",
        ChangeKind.Update => "[yellow]update[/]",
        ChangeKind.Skipped => "[grey]skipped[/]",
        _ => "unchanged",
    };
}
