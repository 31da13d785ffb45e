using CopSites.Cli.Commands;

namespace CopSites.Cli.Tests.Provisioning;

/// <summary>One `copsites` invocation in-process: exit code, stdout (JSON) and stderr (what a person reads), unwrapped.</summary>
internal sealed record CliRun(int ExitCode, string StandardOutput, string StandardError)
{
    public static async Task<CliRun> InvokeAsync(params string[] arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        // The console the real command uses when stderr is redirected: plain, and never wrapped.
        var console = TerminalConsole.Create(errors, redirected: true, noColor: null);
        var exit = await CopSitesCommandLine.Create(console, output).Parse(arguments).InvokeAsync();
        return new CliRun(exit, output.ToString(), errors.ToString());
    }

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout: {StandardOutput}{Environment.NewLine}stderr: {StandardError}";
}
