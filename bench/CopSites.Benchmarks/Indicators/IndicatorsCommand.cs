using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Metrics;
using CopSites.Indicators.Network;
using CopSites.Indicators.Network.Measures;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Simulation;
using Spectre.Console;

namespace CopSites.Benchmarks.Indicators;

/// <summary>
/// `indicators`: every indicator of one large simulated CoP (12 months), timed stage by stage, with peak memory.
/// Goal (issue 7): at most 5 s and 1 GB for 5,000 members and 1,000,000 recorded actions on 2 cores.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var members = new Option<int>("--members") { Description = "Members.", DefaultValueFactory = _ => 5000 };
        var events = new Option<int>("--events") { Description = "Recorded actions (posts, attendances, product uses, pulse answers).", DefaultValueFactory = _ => 1_000_000 };
        var months = new Option<int>("--months") { Description = "Months of life.", DefaultValueFactory = _ => 12 };
        var command = new Command("indicators", "Compute every indicator of a large simulated CoP, stage by stage.") { members, events, months };
        command.SetAction(async (parse, ct) => await BenchErrors.RunAsync(console, async () =>
        {
            var site = new CommunitySite("bench-cop", "Benchmark CoP", new Uri("http://127.0.0.1/sites/bench-cop"));
            var asOf = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
            var clock = Stopwatch.StartNew();
            var activity = CommunityLifeGenerator.Generate(site, asOf, SimulationSettings.For(parse.GetValue(members), parse.GetValue(months), parse.GetValue(events), LifeProfile.GrowthThenPlateau, 7));
            var generateMs = clock.ElapsedMilliseconds;
            var recorded = activity.Posts.Count + activity.Events.Sum(e => e.Attendees.Count) + activity.ProductActivities.Count + activity.PulseResponses.Count + activity.Products.Count;
            GC.Collect();
            var stages = new List<(string Stage, long Ms)>();
            var total = Stopwatch.StartNew();
            clock.Restart();
            var index = CommunityIndex.Of(activity);
            var sink = new Observations();
            EngagementMetrics.Compute(index, 2, sink);
            PerceptionMetrics.Compute(index, sink);
            ResultsMetrics.Compute(index, sink);
            ResponsivenessMetrics.Compute(index, sink);
            stages.Add(("indicators (engagement, perception, results, forum)", clock.ElapsedMilliseconds));
            clock.Restart();
            var life = InteractionGraph.Build(activity, DateTimeOffset.MinValue, asOf.AddTicks(1));
            stages.Add(("interaction graph, whole life", clock.ElapsedMilliseconds));
            clock.Restart();
            BetweennessCentrality.Raw(life, WeightMeaning.Strength, ct);
            var betweennessMs = clock.ElapsedMilliseconds;
            stages.Add(("betweenness, whole life (weighted, exact)", betweennessMs));
            clock.Restart();
            var report = new UsageReportBuilder(new CommunityNetworkAnalysis()).Build(activity, ReportSettings.Default, ct);
            stages.Add(("whole report (every figure, network by month, page, charts)", clock.ElapsedMilliseconds));
            total.Stop();
            // The report recomputes the indicators and the network: its time alone is what a run costs.
            var elapsedMs = stages[^1].Ms;
            var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
            var table = new Table().AddColumns("stage", "time");
            table.AddRow("generate the simulated year (not measured)", $"{generateMs:N0} ms");
            foreach (var (stage, ms) in stages)
            {
                table.AddRow(stage, $"{ms:N0} ms");
            }

            table.Caption($"{activity.People.Count:N0} members, {recorded:N0} recorded actions, {life.NodeCount:N0} nodes, {life.EdgeCount:N0} ties, {report.Observations.Count:N0} observations; peak {peakMb:N0} MB (goal ≤ 5,000 ms, ≤ 1,024 MB)");
            console.Write(table);
            await output.WriteLineAsync(new JsonObject
            {
                ["elapsedMs"] = elapsedMs,
                ["betweennessMs"] = betweennessMs,
                ["peakMemoryMb"] = Math.Round(peakMb),
                ["nodes"] = life.NodeCount,
                ["edges"] = life.EdgeCount,
            }.ToJsonString());
            return elapsedMs <= 5000 && peakMb <= 1024 ? BenchExitCodes.Success : BenchExitCodes.Failed;
        }));
        return command;
    }
}
