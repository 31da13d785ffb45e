using System.CommandLine;
using CopSites.Cli.Provisioning;
using CopSites.Cli.Tenancy;
using CopSites.Provisioning.Engine;
using Spectre.Console;

namespace CopSites.Cli.Commands;

/// <summary>
/// `copsites demo`: the main job on the embedded local tenant, for a newcomer's first run: provisions the example CoPs
/// (provisioning-templates/charters) from the standard template, shows the outcome and where to look.
/// </summary>
internal static class DemoCommand
{
    private const string Operator = "alice@contoso.local";

    public static Command Create(IAnsiConsole console)
    {
        var data = new Option<string>("--data") { Description = "SQLite file of the demo tenant.", DefaultValueFactory = _ => Path.Combine(".copsites", "demo.db") };
        var serve = new Option<bool>("--serve") { Description = "Keep serving the tenant afterwards so you can browse the sites (Ctrl+C to stop)." };
        var command = new Command("demo", "Provision the example CoPs on the embedded local tenant.") { data, serve };
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var template = TemplateLocator.Resolve(null);
            var charters = new DirectoryInfo(Path.Combine(Path.GetDirectoryName(template)!, "charters"));
            await using var session = await TenantSession.OpenEmbeddedAsync(parse.GetValue(data)!, Operator, ct);
            console.MarkupLineInterpolated($"Local tenant running at [link]{session.Host!.BaseUrl}[/]; provisioning the CoPs in {charters.FullName} …");
            var files = charters.EnumerateFiles("*.yaml").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
            var outcomes = await new CopProvisioner(session, template, new ProvisioningOptions { ProvisioningAccount = Operator })
                .RunManyAsync(files, parallel: 3, ct);
            OutcomeView.Render(console, outcomes);
            await AddinTryout.ShowAsync(console, session.Host, ct); // The Office add-in's try-it page (issue 8).
            console.MarkupLine("Run it again: nothing changes (zero writes). Browse the sites with [bold]--serve[/], or "
                + $"[bold]copsites tenant serve --data {Markup.Escape(parse.GetValue(data)!)}[/].");
            if (parse.GetValue(serve))
            {
                console.MarkupLineInterpolated($"Serving {session.Host.BaseUrl} until Ctrl+C.");
                try
                {
                    await session.Host.WaitForShutdownAsync(ct);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C ends the demo.
                }
            }

            return outcomes.All(o => o.Status == CopStatus.Succeeded) ? ExitCodes.Success : ExitCodes.TenantError;
        }));
        return command;
    }
}
