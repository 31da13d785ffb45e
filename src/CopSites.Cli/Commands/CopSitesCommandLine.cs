using System.CommandLine;
using CopSites.Cli.Commands.Indicators;
using CopSites.Cli.Commands.Provisioning;
using CopSites.Cli.Commands.Templates;
using CopSites.Cli.Commands.Tenant;
using CopSites.Cli.Commands.Worker;
using Spectre.Console;

namespace CopSites.Cli.Commands;

/// <summary>Builds the `copsites` command tree: one file per command, `noun verb` naming.</summary>
public static class CopSitesCommandLine
{
    /// <summary>The root command with every sub-command attached.</summary>
    public static RootCommand Create(IAnsiConsole console, TextWriter output)
    {
        var root = new RootCommand("CopSites: provision, tag and measure Communities of Practice on Microsoft 365.");
        var tenant = new Command("tenant", "Run and use the local, SharePoint-compatible tenant.");
        tenant.Subcommands.Add(TenantServeCommand.Create(console));
        tenant.Subcommands.Add(TenantTokenCommand.Create(console, output));
        root.Subcommands.Add(tenant);
        root.Subcommands.Add(ValidateCommand.Create(console, output));
        root.Subcommands.Add(PlanCommand.Create(console, output));
        root.Subcommands.Add(ProvisionCommand.Create(console, output));
        root.Subcommands.Add(ExtractCommand.Create(console, output));
        root.Subcommands.Add(IndicatorsCommand.Create(console, output));
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(WorkerCommand.Create(console));
        return root;
    }
}
