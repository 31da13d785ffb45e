using System.CommandLine;
using CopSites.LocalTenant;
using Spectre.Console;

namespace CopSites.Cli.Commands;

/// <summary>
/// `copsites demo`: the main job on the embedded local tenant, for a newcomer's first run.
/// Until the provisioning engine lands it starts the tenant and shows where to look.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var data = new Option<string>("--data") { Description = "SQLite file for the demo tenant.", DefaultValueFactory = _ => Path.Combine(".copsites", "demo.db") };
        var keep = new Option<bool>("--serve") { Description = "Keep serving the tenant after the demo so you can browse it." };
        var command = new Command("demo", "Start the local tenant and provision an example CoP.") { data, keep };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = parse.GetValue(data)! }, ct: ct);
            console.MarkupLineInterpolated($"Local tenant running at {host.BaseUrl} (Graph: {host.GraphBaseUrl}).");
            if (parse.GetValue(keep))
            {
                await host.WaitForShutdownAsync(ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
