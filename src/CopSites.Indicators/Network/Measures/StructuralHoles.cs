using CopSites.Indicators.Network.Graphs;

namespace CopSites.Indicators.Network.Measures;

/// <summary>
/// Burt's constraint: c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², over i's neighbours j and q ≠ i, j, with p_ij the share of
/// i's tie weight that goes to j. Low constraint means i's contacts are not tied to each other: i spans structural
/// holes. As in networkx, an isolated node has no value.
/// </summary>
public static class StructuralHoles
{
    /// <summary>Each node's constraint; null for isolated nodes.</summary>
    public static double?[] Constraint(WeightedGraph graph, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var strength = new double[n];
        for (var v = 0; v < n; v++)
        {
            strength[v] = graph.Strength(v);
        }

        var result = new double?[n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var neighbours = graph.Neighbours(i);
            if (neighbours.Length == 0)
            {
                return;
            }

            var weights = graph.TieWeights(i);
            var sum = 0.0;
            for (var x = 0; x < neighbours.Length; x++)
            {
                var j = neighbours[x];
                var indirect = 0.0;
                for (var y = 0; y < neighbours.Length; y++)
                {
                    var q = neighbours[y];
                    if (q == j)
                    {
                        continue;
                    }

                    var qj = graph.WeightBetween(q, j);
                    if (qj > 0)
                    {
                        indirect += (weights[y] / strength[i]) * (qj / strength[q]);
                    }
                }

                var local = (weights[x] / strength[i]) + indirect;
                sum += local * local;
            }

            result[i] = sum;
        });
        return result;
    }
}
