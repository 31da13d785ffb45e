using CopSites.Provisioning.Engine;
using Spectre.Console;

namespace CopSites.Cli.Provisioning;

/// <summary>Shows an apply as a Spectre.Console progress bar (on the stderr console) that advances with every level.</summary>
internal static class ConsoleProgress
{
    /// <summary>Runs <paramref name="work"/> with a progress bar when <paramref name="enabled"/>, plainly otherwise.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool enabled, string title, Func<IProgress<ProvisioningProgress>?, Task<T>> work)
    {
        if (!enabled)
        {
            return await work(null);
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                var result = await work(new Reporter(task));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private sealed class Reporter(ProgressTask task) : IProgress<ProvisioningProgress>
    {
        public void Report(ProvisioningProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = Markup.Escape(value.Current);
        }
    }
}
