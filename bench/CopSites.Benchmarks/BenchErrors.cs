using CopSites.Benchmarks.Inputs;
using Spectre.Console;

namespace CopSites.Benchmarks;

/// <summary>Turns bad input and Ctrl+C into a message and an exit code instead of a stack trace.</summary>
internal static class BenchErrors
{
    public static async Task<int> RunAsync(IAnsiConsole console, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (e is BenchInputException or FileNotFoundException)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return BenchExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Cancelled.[/]");
            return BenchExitCodes.Cancelled;
        }
    }
}
