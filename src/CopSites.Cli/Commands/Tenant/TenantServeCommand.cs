using System.CommandLine;
using CopSites.LocalTenant;
using CopSites.LocalTenant.Faults;
using Spectre.Console;

namespace CopSites.Cli.Commands.Tenant;

/// <summary>`copsites tenant serve`: runs the local tenant on 127.0.0.1 until Ctrl+C.</summary>
internal static class TenantServeCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var port = new Option<int>("--port") { Description = "Loopback port to listen on (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var data = new Option<string>("--data") { Description = "SQLite file holding the tenant (its folder also keeps the signing key).", DefaultValueFactory = _ => Path.Combine(".copsites", "tenant.db") };
        var faults = new Option<string?>("--faults") { Description = "Fault injection, e.g. \"latency-ms=100;jitter-ms=20;throttle-rate=0.1;ru-per-minute=1250;error-rate=0.02;retry-after-s=1\"." };
        var seed = new Option<int?>("--fault-seed") { Description = "Seed for the fault injector's random draws (reproducible runs)." };
        var pageSize = new Option<int>("--page-size") { Description = "Largest page a collection returns.", DefaultValueFactory = _ => 200 };
        var command = new Command("serve", "Serve Graph v1.0, SharePoint REST and a browsable UI on 127.0.0.1.") { port, data, faults, seed, pageSize };
        command.SetAction(async (parse, ct) =>
        {
            FaultSettings settings;
            try
            {
                settings = new FaultSettings().WithOverrides(parse.GetValue(faults) ?? "");
            }
            catch (FormatException e)
            {
                console.MarkupLineInterpolated($"[red]--faults:[/] {e.Message}");
                return ExitCodes.InvalidInput;
            }

            var options = new LocalTenantOptions
            {
                Port = parse.GetValue(port),
                DataPath = parse.GetValue(data)!,
                Faults = settings,
                FaultSeed = parse.GetValue(seed),
                PageSize = parse.GetValue(pageSize),
                AddinFolder = CopSites.Cli.Tenancy.AddinFolder.Find(),
            };
            await using var host = await LocalTenantHost.StartAsync(options, ct: ct);
            var table = new Table().AddColumns("What", "Where");
            table.AddRow("Web UI", host.BaseUrl);
            table.AddRow("Graph v1.0", host.GraphBaseUrl);
            table.AddRow("SharePoint REST", $"{host.BaseUrl}/sites/{{name}}/_api/");
            table.AddRow("Token", $"copsites tenant token --data {options.DataPath} --user alice@{options.UserDomain}");
            table.AddRow("Requests counter", $"{host.BaseUrl}/_tenant/requests");
            table.AddRow("Data", Path.GetFullPath(options.DataPath));
            table.AddRow("Office add-in", options.AddinFolder is null ? "not built (npm run build in addin/)" : $"{host.BaseUrl}/addin/taskpane.html");
            console.Write(table);
            console.MarkupLineInterpolated($"Local tenant listening on {host.BaseUrl}. Press Ctrl+C to stop.");
            try
            {
                await host.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is the normal way to stop serving.
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
