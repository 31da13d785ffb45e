using System.CommandLine;
using CopSites.Cli.Indicators;
using CopSites.Cli.Provisioning;
using CopSites.Cli.Tenancy;
using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine;
using Spectre.Console;

namespace CopSites.Cli.Commands;

/// <summary>
/// `copsites demo`: the main job on the embedded local tenant, for a newcomer's first run: provisions the example CoPs
/// (provisioning-templates/charters) from the standard template, gives each a simulated year and runs the indicator
/// job, prints the Home and Usage pages, then keeps serving until Ctrl+C (<c>--no-serve</c> exits after printing).
/// </summary>
internal static class DemoCommand
{
    private const string Operator = "alice@contoso.local";

    public static Command Create(IAnsiConsole console)
    {
        var data = new Option<string>("--data") { Description = "SQLite file of the demo tenant.", DefaultValueFactory = _ => Path.Combine(".copsites", "demo.db") };
        var noServe = new Option<bool>("--no-serve") { Description = "Exit after printing instead of serving the tenant until Ctrl+C." };
        var command = new Command("demo", "Provision the example CoPs on the embedded local tenant, measure them, and serve their sites.") { data, noServe };
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
            var provisioned = files.Zip(outcomes).Where(x => x.Second.Status == CopStatus.Succeeded)
                .Select(x => CharterReader.Read(x.First.FullName)).Where(r => r.Succeeded).Select(r => r.Charter!).ToList();
            console.MarkupLine("Measuring them: a simulated year of community life each, then the indicator job …");
            var historyFolder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(data)!))!, "demo-indicators");
            var runs = await DemoIndicators.RunAsync(session, provisioned, historyFolder, ct);
            RunOutcomeView.Render(console, runs);
            foreach (var charter in provisioned)
            {
                console.MarkupLineInterpolated($"Home: [link]{session.Sites.TenantWebRoot}sites/{charter.Alias.Value}[/]");
            }

            console.MarkupLineInterpolated($"Portfolio (KLD): [link]{session.Sites.TenantWebRoot}SitePages/{CopSites.Indicators.Reporting.PortfolioPage.PageName}[/]");

            await AddinTryout.ShowAsync(console, session.Host, ct); // The Office add-in's try-it page (issue 8).
            console.MarkupLine("Run it again: provisioning writes nothing and the indicators update in place.");
            if (!parse.GetValue(noServe))
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

            return outcomes.All(o => o.Status == CopStatus.Succeeded) && runs.All(r => r.Succeeded) ? ExitCodes.Success : ExitCodes.TenantError;
        }));
        return command;
    }
}
