using CopSites.Provisioning.Engine;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Resilience;
using Spectre.Console;

namespace CopSites.Cli.Commands;

/// <summary>Turns the failures a command can meet into a clear message and its exit code, in one place.</summary>
internal static class CommandErrors
{
    /// <summary>How many problems a person is shown; the rest are counted (a million unknown tokens must not print a million lines).</summary>
    public const int ShownProblems = 50;

    public static async Task<int> RunAsync(IAnsiConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (ProvisioningInputException e)
        {
            return Input(console, e.Problems);
        }
        catch (InvalidTenantOptionException e)
        {
            console.MarkupLineInterpolated($"[red]error[/] {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is CopSites.Indicators.Ports.CommunityReadException or CopSites.Indicators.Ports.CommunityPublishException)
        {
            console.MarkupLineInterpolated($"[red]tenant error[/] {e.Message}");
            console.MarkupLine("Nothing already written is lost; run the same command again to finish.");
            return ExitCodes.TenantError;
        }
        catch (TenantRequestException e)
        {
            console.MarkupLineInterpolated($"[red]tenant error[/] {e.Error}");
            console.MarkupLine("Nothing already written is lost; run the same command again to finish.");
            return ExitCodes.TenantError;
        }
        catch (HttpRequestException e)
        {
            console.MarkupLineInterpolated($"[red]The tenant cannot be reached:[/] {e.Message}");
            console.MarkupLine("Check --tenant (and that the tenant is running); nothing was lost, run the same command again.");
            return ExitCodes.TenantError;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Cancelled.[/] Run the same command again to finish.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Bad input and tenant failures are handled above; anything else is a defect of ours, and says so with its trace.
            console.MarkupLine("[red]CopSites hit a bug (not a problem with your input or tenant).[/] Please report it with this trace:");
            console.WriteLine(e.ToString());
            return ExitCodes.Bug;
        }
    }

    public static int Input(IAnsiConsole console, IReadOnlyList<string> problems) =>
        Input(console, problems, "The inputs cannot be applied; nothing was written:");

    public static int Input(IAnsiConsole console, IReadOnlyList<string> problems, string heading)
    {
        console.MarkupLineInterpolated($"[red]{heading}[/]");
        foreach (var problem in problems.Take(ShownProblems))
        {
            console.MarkupLineInterpolated($"  [red]-[/] {problem}");
        }

        if (problems.Count > ShownProblems)
        {
            console.MarkupLineInterpolated($"  … and {problems.Count - ShownProblems:N0} more ({problems.Count:N0} problems in all); fix these first.");
        }

        return ExitCodes.InvalidInput;
    }
}
