using CopSites.Cli.Commands;
using Spectre.Console;

var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
var root = CopSitesCommandLine.Create(console, Console.Out);
return await root.Parse(args).InvokeAsync();
