using CopSites.Cli.Commands;
using Spectre.Console;

namespace CopSites.Cli.Tests.Provisioning;

/// <summary>One `copsites` invocation in-process: exit code, stdout (JSON) and stderr (what a person reads), unwrapped.</summary>
internal sealed record CliRun(int ExitCode, string StandardOutput, string StandardError)
{
    public static async Task<CliRun> InvokeAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(errors), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        // Wide enough that no message is wrapped: assertions read whole sentences.
        console.Profile.Width = 4000;
        var exit = await CopSitesCommandLine.Create(console, output).Parse(arguments).InvokeAsync();
        return new CliRun(exit, output.ToString(), errors.ToString());
    }

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout: {StandardOutput}{Environment.NewLine}stderr: {StandardError}";
}
