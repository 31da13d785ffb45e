using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CopSites.Indicators.Network;
using CopSites.Indicators.Network.Measures;
using Spectre.Console;

namespace CopSites.Benchmarks.Network;

/// <summary>
/// `network`: exact betweenness (and every other measure) on a clustered power-law graph, one worker against all
/// cores, beside igraph 0.10's single-threaded time on this machine (about 3.2 s for 5,000 nodes and 40,000 edges).
/// </summary>
internal static class NetworkCommand
{
    private const double IgraphReferenceMs = 3200;

    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var nodes = new Option<int>("--nodes") { Description = "Nodes.", DefaultValueFactory = _ => 5000 };
        var edges = new Option<int>("--edges") { Description = "Ties (about; each new node makes edges/nodes of them).", DefaultValueFactory = _ => 40000 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 7 };
        var command = new Command("network", "Exact betweenness and the other network measures on a clustered power-law graph.") { nodes, edges, seed };
        command.SetAction(async (parse, ct) => await BenchErrors.RunAsync(console, async () =>
        {
            var n = parse.GetValue(nodes);
            var m = parse.GetValue(edges);
            if (n < 3 || m < n)
            {
                throw new Inputs.BenchInputException("--nodes must be at least 3 and --edges at least --nodes.");
            }

            var clock = Stopwatch.StartNew();
            var graph = ClusteredPowerLawGraph.Generate(n, Math.Max(1, m / n), 0.5, parse.GetValue(seed));
            var buildMs = clock.ElapsedMilliseconds;
            BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, ct, maxDegreeOfParallelism: 1); // warm-up: JIT, caches
            clock.Restart();
            BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, ct, maxDegreeOfParallelism: 1);
            var singleMs = clock.ElapsedMilliseconds;
            clock.Restart();
            BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, ct);
            var parallelMs = clock.ElapsedMilliseconds;
            clock.Restart();
            BetweennessCentrality.Raw(graph, WeightMeaning.Strength, ct);
            var weightedMs = clock.ElapsedMilliseconds;
            clock.Restart();
            var groups = graph.Labels.ToDictionary(l => l, l => "unit-" + (int.Parse(l, System.Globalization.CultureInfo.InvariantCulture) % 12), StringComparer.Ordinal);
            NetworkAnalysis.Measure(graph, groups, WeightMeaning.Unweighted, ct);
            var allMs = clock.ElapsedMilliseconds;

            var table = new Table().AddColumns("stage", "time", "vs igraph 0.10 (3.2 s, 1 thread)");
            table.AddRow("generate graph", $"{buildMs:N0} ms", "");
            table.AddRow("betweenness, 1 worker", $"{singleMs:N0} ms", $"{singleMs / IgraphReferenceMs:0.00}×");
            table.AddRow($"betweenness, {Environment.ProcessorCount} workers", $"{parallelMs:N0} ms", $"{parallelMs / IgraphReferenceMs:0.00}×");
            table.AddRow("betweenness weighted (Dijkstra), all workers", $"{weightedMs:N0} ms", "");
            table.AddRow("every measure with 12 groups", $"{allMs:N0} ms", "");
            table.Caption($"{graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} ties");
            console.Write(table);
            await output.WriteLineAsync(new JsonObject
            {
                ["nodes"] = graph.NodeCount,
                ["edges"] = graph.EdgeCount,
                ["betweennessSingleMs"] = singleMs,
                ["betweennessMs"] = parallelMs,
                ["weightedBetweennessMs"] = weightedMs,
                ["allMeasuresMs"] = allMs,
                ["igraphReferenceMs"] = IgraphReferenceMs,
            }.ToJsonString());
            return parallelMs <= IgraphReferenceMs ? BenchExitCodes.Success : BenchExitCodes.Failed;
        }));
        return command;
    }
}
