using CopSites.Cli;
using CopSites.Cli.Commands;

var console = TerminalConsole.Create(Console.Error, Console.IsErrorRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));
var root = CopSitesCommandLine.Create(console, Console.Out);
return await root.Parse(args).InvokeAsync();
