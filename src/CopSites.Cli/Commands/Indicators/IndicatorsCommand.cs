using System.CommandLine;
using Spectre.Console;

namespace CopSites.Cli.Commands.Indicators;

/// <summary>`copsites indicators …`: the usage indicators journey (network analysis, runs, portfolio).</summary>
internal static class IndicatorsCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var indicators = new Command("indicators", "Measure Communities of Practice: usage indicators and network analysis.");
        indicators.Subcommands.Add(RunCommand.Create(console, output));
        indicators.Subcommands.Add(PortfolioCommand.Create(console, output));
        indicators.Subcommands.Add(NetworkCommand.Create(console, output));
        return indicators;
    }
}
