using CopSites.Cli.Provisioning;
using System.CommandLine;
using System.Text.Json;
using CopSites.Benchmarks.Inputs;
using Spectre.Console;

namespace CopSites.Benchmarks.Provision;

/// <summary>`provision`: one CoP on a fresh tenant with latency, then the reapply; a table, then one JSON line.</summary>
internal static class ProvisionCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var latency = new Option<int>("--latency-ms") { Description = "Latency the tenant adds to every HTTP request.", DefaultValueFactory = _ => 100 };
        var template = BenchOptions.Template();
        var charter = BenchOptions.Charter();
        var noWarmUp = BenchOptions.NoWarmUp();
        var details = new Option<bool>("--details") { Description = "Also list each stretch's operations by route (what the time went on)." };
        var command = new Command("provision", "Provision the standard template and a charter on a fresh tenant, then reapply it.")
        {
            latency, template, charter, noWarmUp, details,
        };
        command.SetAction(async (parse, ct) => await BenchErrors.RunAsync(console, async () =>
        {
            if (parse.GetValue(latency) < 0)
            {
                throw new BenchInputException("--latency-ms must not be negative.");
            }

            var inputs = new BenchInputs(TemplateLocator.Resolve(parse.GetValue(template), TemplateLocator.StandardTemplate));
            var report = await ProvisionBenchmark.RunAsync(inputs, TemplateLocator.Resolve(parse.GetValue(charter), TemplateLocator.ExampleCharter),
                parse.GetValue(latency), !parse.GetValue(noWarmUp), message => console.MarkupLineInterpolated($"[grey]{message}[/]"), ct);
            ProvisionView.Render(console, report, parse.GetValue(details));
            await output.WriteLineAsync(JsonSerializer.Serialize(report.ToJson()));
            return report.Passed ? BenchExitCodes.Success : BenchExitCodes.Failed;
        }));
        return command;
    }
}
