using CopSites.Indicators.Network.Measures;

namespace CopSites.Indicators.Network;

/// <summary>Whole-graph figures.</summary>
/// <param name="Nodes">Nodes.</param>
/// <param name="Edges">Distinct ties.</param>
/// <param name="SelfLoops">Self-loops in the input (ignored).</param>
/// <param name="DuplicateEdges">Repeated edges in the input (merged, weights summed).</param>
/// <param name="Components">Connected components (isolated nodes are components of their own).</param>
/// <param name="LargestComponent">Nodes in the largest component.</param>
/// <param name="Density">2m / (n(n−1)).</param>
/// <param name="MaxCoreNumber">The deepest k-core.</param>
/// <param name="DegreeInequality">Inequality of strength across nodes; null without ties.</param>
/// <param name="EiIndex">Krackhardt's E-I index over all ties; null without groups.</param>
/// <param name="EiIndexByGroup">The E-I index of each group's ties.</param>
/// <param name="Weighted">Whether shortest paths used weights.</param>
public sealed record GraphMeasures(
    int Nodes,
    int Edges,
    int SelfLoops,
    int DuplicateEdges,
    int Components,
    int LargestComponent,
    double Density,
    int MaxCoreNumber,
    Inequality? DegreeInequality,
    double? EiIndex,
    IReadOnlyDictionary<string, double?> EiIndexByGroup,
    bool Weighted);
