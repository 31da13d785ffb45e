using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.Benchmarks.Inputs;
using CopSites.Cli.Provisioning;
using Spectre.Console;

namespace CopSites.Benchmarks.Hostile;

/// <summary>
/// `hostile`: the heavy hostile inputs of issue 6 (20 MB templates and charters, deep nesting, floods, entity and
/// alias bombs) through the real `copsites validate`, each in its own process: time, peak memory and output size
/// beside the standard template's, then one JSON line.
/// </summary>
internal static class HostileCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var template = BenchOptions.Template();
        var charter = BenchOptions.Charter();
        var command = new Command("hostile", "Time and peak memory of `copsites validate` on 20 MB and pathological inputs.") { template, charter };
        command.SetAction(async (parse, ct) => await BenchErrors.RunAsync(console, async () =>
        {
            var templatePath = TemplateLocator.Resolve(parse.GetValue(template), TemplateLocator.StandardTemplate);
            var charterPath = TemplateLocator.Resolve(parse.GetValue(charter), TemplateLocator.ExampleCharter);
            var folder = Directory.CreateTempSubdirectory("copsites-hostile-bench-").FullName;
            try
            {
                var baseline = new HostileCase("standard", "the standard template and example charter", templatePath, ["validate", "--template", templatePath, "--charter", charterPath]);
                var runs = new List<HostileRun>();
                foreach (var input in HostileCases.Write(folder, templatePath, charterPath).Prepend(baseline))
                {
                    console.MarkupLineInterpolated($"[grey]{input.Name}: {input.What}[/]");
                    runs.Add(await HostileRunner.RunAsync(input, ct));
                }

                Render(console, runs);
                await output.WriteLineAsync(ToJson(runs).ToJsonString());
                // Every hostile case must be refused (2) or pass (0); anything else (a crash, a bug, a kill) fails the run.
                return runs.All(r => r.ExitCode is 0 or 2) ? BenchExitCodes.Success : BenchExitCodes.Failed;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<HostileRun> runs)
    {
        var baseline = runs[0];
        var table = new Table().AddColumns("case", "input", "exit", "time", "× standard", "peak memory", "× standard", "stderr", "first line");
        foreach (var run in runs)
        {
            table.AddRow(
                Markup.Escape(run.Case.Name),
                run.Case.Bytes < 1024 * 1024 ? $"{run.Case.Bytes / 1024.0:0} KB" : $"{run.Case.Bytes / 1024.0 / 1024.0:0.0} MB",
                run.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{run.ElapsedMs:N0} ms",
                $"{(double)run.ElapsedMs / Math.Max(1, baseline.ElapsedMs):0.00}",
                $"{run.PeakMemoryMb:N0} MB",
                $"{run.PeakMemoryMb / Math.Max(1, baseline.PeakMemoryMb):0.00}",
                $"{run.StderrBytes:N0} B",
                Markup.Escape(run.FirstLine.Length > 70 ? run.FirstLine[..70] + "…" : run.FirstLine));
        }

        console.Write(table);
    }

    private static JsonObject ToJson(IReadOnlyList<HostileRun> runs) => new()
    {
        ["cases"] = new JsonArray(runs.Select(r => (JsonNode)new JsonObject
        {
            ["name"] = r.Case.Name,
            ["bytes"] = r.Case.Bytes,
            ["exitCode"] = r.ExitCode,
            ["elapsedMs"] = r.ElapsedMs,
            ["peakMemoryMb"] = Math.Round(r.PeakMemoryMb, 1),
            ["stderrBytes"] = r.StderrBytes,
        }).ToArray()),
        ["maxElapsedMs"] = runs.Max(r => r.ElapsedMs),
        ["maxPeakMemoryMb"] = Math.Round(runs.Max(r => r.PeakMemoryMb), 1),
    };
}
