using System.CommandLine;
using CopSites.Benchmarks.Hostile;
using CopSites.Benchmarks.Indicators;
using CopSites.Benchmarks.Network;
using CopSites.Benchmarks.Provision;
using CopSites.Benchmarks.ProvisionMany;
using Spectre.Console;

// People read the tables on stderr; the one JSON line goes alone to stdout, printed last.
var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
if (Console.IsErrorRedirected)
{
    // A captured run (CI log, file) has no window to measure: keep the tables readable instead of squeezing them to 80 columns.
    console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 140;
}

var root = new RootCommand("CopSites benchmarks: provisioning on a fresh local tenant with injected latency or throttling.")
{
    ProvisionCommand.Create(console, Console.Out),
    ProvisionManyCommand.Create(console, Console.Out),
    HostileCommand.Create(console, Console.Out),
    NetworkCommand.Create(console, Console.Out),
    IndicatorsCommand.Create(console, Console.Out),
};
return await root.Parse(args).InvokeAsync();
