using CopSites.Indicators.Network.Graphs;
using CopSites.Indicators.Network.Measures;

namespace CopSites.Indicators.Network;

/// <summary>What <see cref="NetworkAnalysis.Measure"/> found.</summary>
/// <param name="Nodes">Each node's measures, in node id order.</param>
/// <param name="Graph">The whole graph's figures.</param>
public sealed record NetworkResult(IReadOnlyList<NodeMeasures> Nodes, GraphMeasures Graph);

/// <summary>Every network measure of a graph at once, for the `indicators network` tool and the CoP analysis.</summary>
public static class NetworkAnalysis
{
    /// <summary>
    /// Measures <paramref name="graph"/>. <paramref name="groups"/> (by node label) enables the group measures;
    /// <paramref name="weights"/> chooses how shortest paths read tie weights.
    /// </summary>
    public static NetworkResult Measure(WeightedGraph graph, IReadOnlyDictionary<string, string>? groups, WeightMeaning weights, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var groupOf = Enumerable.Range(0, n).Select(v => groups is not null && groups.TryGetValue(graph.Labels[v], out var g) ? g : null).ToArray();
        var raw = BetweennessCentrality.Raw(graph, weights, cancellationToken);
        var normalized = BetweennessCentrality.Normalized(raw);
        var cores = CoreNumbers.Of(graph);
        var constraint = StructuralHoles.Constraint(graph, cancellationToken);
        var (component, componentCount) = GraphShape.Components(graph);
        var participation = groups is null ? null : GroupTies.ParticipationCoefficient(graph, groupOf, weights != WeightMeaning.Unweighted);
        var brokerage = groups is null ? null : GroupTies.Brokerage(graph, groupOf, cancellationToken);
        var (eiByGroup, ei) = groups is null ? (new Dictionary<string, double?>(), null) : GroupTies.EiIndex(graph, groupOf);
        var strength = Enumerable.Range(0, n).Select(graph.Strength).ToArray();
        var nodes = Enumerable.Range(0, n).Select(v => new NodeMeasures(
            graph.Labels[v], groupOf[v], normalized[v], raw[v], graph.Degree(v), strength[v], cores[v],
            participation?[v], constraint[v], brokerage?[v], component[v])).ToList();
        var largest = n == 0 ? 0 : component.GroupBy(c => c).Max(g => g.Count());
        var measures = new GraphMeasures(n, graph.EdgeCount, graph.SelfLoops, graph.DuplicateEdges, componentCount, largest,
            GraphShape.Density(graph), n == 0 ? 0 : cores.Max(), graph.EdgeCount == 0 ? null : Inequality.Of(strength), ei, eiByGroup,
            weights != WeightMeaning.Unweighted);
        return new NetworkResult(nodes, measures);
    }
}
