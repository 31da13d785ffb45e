using CopSites.Indicators.Scheduling;
using Spectre.Console;

namespace CopSites.Cli.Commands.Worker;

/// <summary>The worker's progress: one line when a CoP's run starts and one when it ends.</summary>
internal sealed class ConsoleRunObserver(IAnsiConsole console) : IRunObserver
{
    private readonly object _gate = new();

    public void Started(string alias, DateTimeOffset scheduledFireUtc, bool recovering)
    {
        lock (_gate)
        {
            console.MarkupLineInterpolated($"{DateTimeOffset.UtcNow:HH:mm:ss} [blue]{alias}[/] run started (fire {scheduledFireUtc:yyyy-MM-dd HH:mm:ss} UTC){(recovering ? ", recovering a run a stopped worker had started" : "")}");
        }
    }

    public void Finished(RunRecord record)
    {
        lock (_gate)
        {
            if (record.Outcome == RunOutcome.Succeeded)
            {
                console.MarkupLineInterpolated($"{record.FinishedUtc:HH:mm:ss} [green]{record.Alias}[/] succeeded in {(record.FinishedUtc - record.StartedUtc).TotalSeconds:N1} s");
            }
            else
            {
                console.MarkupLineInterpolated($"{record.FinishedUtc:HH:mm:ss} [red]{record.Alias} failed:[/] {record.Failure}");
            }
        }
    }
}
