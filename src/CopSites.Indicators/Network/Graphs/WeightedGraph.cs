namespace CopSites.Indicators.Network.Graphs;

/// <summary>
/// An undirected weighted simple graph in compressed sparse rows: the neighbours of node <c>v</c> are
/// <c>Targets[Offsets[v]..Offsets[v + 1]]</c>, sorted ascending, with the tie weights beside them. Every tie appears in
/// both rows. Immutable once built by <see cref="GraphBuilder"/>; no self-loops (they are counted, not stored).
/// </summary>
public sealed class WeightedGraph
{
    internal WeightedGraph(string[] labels, int[] offsets, int[] targets, double[] weights, int selfLoops, int duplicateEdges)
    {
        Labels = labels;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        SelfLoops = selfLoops;
        DuplicateEdges = duplicateEdges;
    }

    /// <summary>Node labels by id (ids are 0…N−1, in order of first appearance).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Row starts: node <c>v</c>'s ties are at <c>Offsets[v]</c> up to (not including) <c>Offsets[v + 1]</c>.</summary>
    internal int[] Offsets { get; }

    /// <summary>The neighbour of each tie slot.</summary>
    internal int[] Targets { get; }

    /// <summary>The weight of each tie slot (1 for unweighted input; summed over duplicate edges).</summary>
    internal double[] Weights { get; }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => Labels.Count;

    /// <summary>The number of distinct ties (undirected, self-loops excluded).</summary>
    public int EdgeCount => Targets.Length / 2;

    /// <summary>Edges from a node to itself in the input: ignored by every measure.</summary>
    public int SelfLoops { get; }

    /// <summary>Input edges that repeated a tie already seen (merged into it, weights summed).</summary>
    public int DuplicateEdges { get; }

    /// <summary>The number of distinct neighbours of <paramref name="node"/>.</summary>
    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>The sum of the weights of <paramref name="node"/>'s ties.</summary>
    public double Strength(int node)
    {
        var sum = 0.0;
        for (var i = Offsets[node]; i < Offsets[node + 1]; i++)
        {
            sum += Weights[i];
        }

        return sum;
    }

    /// <summary>The weight of the tie between <paramref name="a"/> and <paramref name="b"/>, or 0 when they are not tied.</summary>
    public double WeightBetween(int a, int b)
    {
        var slot = Array.BinarySearch(Targets, Offsets[a], Offsets[a + 1] - Offsets[a], b);
        return slot >= 0 ? Weights[slot] : 0;
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are tied.</summary>
    public bool AreTied(int a, int b) => Array.BinarySearch(Targets, Offsets[a], Offsets[a + 1] - Offsets[a], b) >= 0;

    /// <summary>The neighbours of <paramref name="node"/>, ascending.</summary>
    public ReadOnlySpan<int> Neighbours(int node) => Targets.AsSpan(Offsets[node], Degree(node));

    /// <summary>The weights of <paramref name="node"/>'s ties, in the order of <see cref="Neighbours"/>.</summary>
    public ReadOnlySpan<double> TieWeights(int node) => Weights.AsSpan(Offsets[node], Degree(node));
}
