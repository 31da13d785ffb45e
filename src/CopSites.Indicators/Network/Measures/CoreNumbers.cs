using CopSites.Indicators.Network.Graphs;

namespace CopSites.Indicators.Network.Measures;

/// <summary>
/// k-core numbers by Batagelj and Zaversnik's O(m) bucket algorithm: a node's core number is the largest k such that
/// it belongs to a subgraph where every node has at least k neighbours (the CoP's committed core has high numbers).
/// </summary>
public static class CoreNumbers
{
    /// <summary>The core number of every node (0 for isolated nodes).</summary>
    public static int[] Of(WeightedGraph graph)
    {
        var n = graph.NodeCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            degree[v] = graph.Degree(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        var binStart = new int[maxDegree + 1];
        foreach (var d in degree)
        {
            binStart[d]++;
        }

        for (int d = 0, start = 0; d <= maxDegree; d++)
        {
            var count = binStart[d];
            binStart[d] = start;
            start += count;
        }

        var order = new int[n];
        var position = new int[n];
        for (var v = 0; v < n; v++)
        {
            position[v] = binStart[degree[v]]++;
            order[position[v]] = v;
        }

        for (var d = maxDegree; d > 0; d--)
        {
            binStart[d] = binStart[d - 1];
        }

        if (maxDegree >= 0 && n > 0)
        {
            binStart[0] = 0;
        }

        for (var i = 0; i < n; i++)
        {
            var v = order[i];
            foreach (var u in graph.Neighbours(v))
            {
                if (degree[u] > degree[v])
                {
                    // Move u to the front of its bin, then shrink the bin: u's remaining degree drops by one.
                    var du = degree[u];
                    var pu = position[u];
                    var pw = binStart[du];
                    var w = order[pw];
                    if (u != w)
                    {
                        order[pu] = w;
                        position[w] = pu;
                        order[pw] = u;
                        position[u] = pw;
                    }

                    binStart[du]++;
                    degree[u]--;
                }
            }
        }

        return degree;
    }
}
