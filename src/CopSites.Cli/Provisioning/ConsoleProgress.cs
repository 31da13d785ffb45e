using CopSites.Provisioning.Engine;
using Spectre.Console;

namespace CopSites.Cli.Provisioning;

/// <summary>Reports apply progress as one line per level on the (stderr) console.</summary>
internal sealed class ConsoleProgress(IAnsiConsole console, bool enabled) : IProgress<ProvisioningProgress>
{
    public void Report(ProvisioningProgress value)
    {
        if (enabled)
        {
            var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
            console.MarkupLineInterpolated($"[grey]{percent,3}%[/] {value.Current}");
        }
    }
}
