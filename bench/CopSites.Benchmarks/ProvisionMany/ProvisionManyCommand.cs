using CopSites.Cli.Provisioning;
using System.CommandLine;
using System.Text.Json;
using CopSites.Benchmarks.Inputs;
using Spectre.Console;

namespace CopSites.Benchmarks.ProvisionMany;

/// <summary>`provision-many`: many CoPs at once through one session against a throttling tenant; a table, then one JSON line.</summary>
internal static class ProvisionManyCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var count = new Option<int>("--count") { Description = "How many CoPs to provision.", DefaultValueFactory = _ => 50 };
        var throttle = new Option<double>("--throttle-rate") { Description = "Chance (0..1) that the tenant answers an operation 429.", DefaultValueFactory = _ => 0.2 };
        var latency = new Option<int>("--latency-ms") { Description = "Latency the tenant adds to every HTTP request.", DefaultValueFactory = _ => 0 };
        var parallel = new Option<int>("--parallel") { Description = "How many CoPs at once (copsites provision --charters uses 4).", DefaultValueFactory = _ => 4 };
        var seed = new Option<int?>("--fault-seed") { Description = "Seed for the tenant's random throttling draws." };
        var template = BenchOptions.Template();
        var charter = BenchOptions.Charter();
        var noWarmUp = BenchOptions.NoWarmUp();
        var command = new Command("provision-many", "Provision many CoPs concurrently through one session against a throttling tenant, and one alone.")
        {
            count, throttle, latency, parallel, seed, template, charter, noWarmUp,
        };
        command.SetAction(async (parse, ct) => await BenchErrors.RunAsync(console, async () =>
        {
            var inputs = new BenchInputs(TemplateLocator.Resolve(parse.GetValue(template), TemplateLocator.StandardTemplate));
            var settings = new ManySettings(parse.GetValue(count), parse.GetValue(throttle), parse.GetValue(latency), parse.GetValue(parallel),
                !parse.GetValue(noWarmUp), parse.GetValue(seed)).Checked();
            var report = await ProvisionManyBenchmark.RunAsync(inputs, TemplateLocator.Resolve(parse.GetValue(charter), TemplateLocator.ExampleCharter),
                settings, message => console.MarkupLineInterpolated($"[grey]{message}[/]"), ct);
            ManyView.Render(console, report);
            await output.WriteLineAsync(JsonSerializer.Serialize(report.ToJson()));
            return report.Failed == 0 ? BenchExitCodes.Success : BenchExitCodes.Failed;
        }));
        return command;
    }
}
