using System.CommandLine;
using System.Globalization;
using System.Text;
using CopSites.Indicators.Network;
using CopSites.Indicators.Network.Graphs;
using CopSites.Indicators.Network.Measures;
using Spectre.Console;

namespace CopSites.Cli.Commands.Indicators;

/// <summary>
/// `copsites indicators network --edges E.csv [--groups G.csv] [--weighted] [--output table|json|csv]`: every network
/// measure of any undirected edge list (docs/network.md).
/// </summary>
internal static class NetworkCommand
{
    private const int TableRows = 20;

    public static Command Create(IAnsiConsole console, TextWriter output)
    {
        var edges = new Option<FileInfo>("--edges") { Description = "CSV edge list with the header source,target[,weight].", Required = true };
        var groups = new Option<FileInfo?>("--groups") { Description = "CSV with the header node,group (unit, country) for the group measures." };
        var weighted = new Option<bool>("--weighted") { Description = "Read weights as path lengths (networkx's weight=): heavier is farther." };
        var format = new Option<ReportOutput>("--output") { Description = "table (default), json or csv on stdout.", DefaultValueFactory = _ => ReportOutput.Table };
        var command = new Command("network", "Betweenness, cores, brokerage and more for any undirected edge list.") { edges, groups, weighted, format };
        command.SetAction(async (parse, ct) => await CommandErrors.RunAsync(console, async () =>
        {
            var edgesPath = parse.GetValue(edges)!.FullName;
            var groupsPath = parse.GetValue(groups)?.FullName;
            var unreadable = InputPaths.Problems(("--edges", edgesPath, false), ("--groups", groupsPath, false));
            if (unreadable.Count > 0)
            {
                return CommandErrors.Input(console, unreadable);
            }

            try
            {
                var isWeighted = parse.GetValue(weighted);
                WeightedGraph graph;
                using (var reader = new StreamReader(edgesPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                {
                    graph = EdgeListCsv.ReadEdges(reader, edgesPath, isWeighted, ct);
                }

                IReadOnlyDictionary<string, string>? groupMap = null;
                if (groupsPath is not null)
                {
                    using var reader = new StreamReader(groupsPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    groupMap = EdgeListCsv.ReadGroups(reader, groupsPath, ct);
                }

                var result = NetworkAnalysis.Measure(graph, groupMap, isWeighted ? WeightMeaning.Distance : WeightMeaning.Unweighted, ct);
                switch (parse.GetValue(format))
                {
                    case ReportOutput.Json:
                        await output.WriteLineAsync(NetworkJson.From(result).ToJsonString());
                        break;
                    case ReportOutput.Csv:
                        await NetworkCsv.WriteAsync(output, result, ct);
                        break;
                    default:
                        Render(console, result, groupMap is not null);
                        break;
                }

                return ExitCodes.Success;
            }
            catch (EdgeListFormatException e)
            {
                return CommandErrors.Input(console, [e.Message], "The edge list cannot be read:");
            }
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, NetworkResult result, bool grouped)
    {
        var g = result.Graph;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]{g.Nodes:N0}[/] nodes, [bold]{g.Edges:N0}[/] ties, {g.Components:N0} component{(g.Components == 1 ? "" : "s")} (largest {g.LargestComponent:N0}), density {g.Density:0.0000}, deepest core {g.MaxCoreNumber}");
        if (g.SelfLoops > 0 || g.DuplicateEdges > 0)
        {
            console.MarkupLineInterpolated($"[grey]{g.SelfLoops:N0} self-loops ignored, {g.DuplicateEdges:N0} duplicate edges merged (weights summed).[/]");
        }

        if (g.DegreeInequality is { } inequality)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Tie inequality: Gini {inequality.Gini:0.000}; the top 10 % hold {inequality.TopTenPercentShare:P0} of ties, the top 1 % {inequality.TopOnePercentShare:P0}.");
        }

        var table = new Table().AddColumns("node", "betweenness", "degree", "core");
        if (grouped)
        {
            table.AddColumns("group", "participation", "brokerage across groups");
        }

        foreach (var n in result.Nodes.OrderByDescending(n => n.Betweenness).ThenBy(n => n.Id, StringComparer.Ordinal).Take(TableRows))
        {
            var cells = new List<string>
            {
                Markup.Escape(n.Id), n.Betweenness.ToString("0.0000", CultureInfo.InvariantCulture),
                n.Degree.ToString(CultureInfo.InvariantCulture), n.CoreNumber.ToString(CultureInfo.InvariantCulture),
            };
            if (grouped)
            {
                cells.Add(Markup.Escape(n.Group ?? "—"));
                cells.Add(n.ParticipationCoefficient?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—");
                cells.Add(n.Brokerage?.AcrossGroups.ToString("N0", CultureInfo.InvariantCulture) ?? "—");
            }

            table.AddRow(cells.ToArray());
        }

        table.Caption($"top {Math.Min(TableRows, result.Nodes.Count)} of {result.Nodes.Count:N0} by betweenness; --output json or csv for every node and measure");
        console.Write(table);
    }
}
