using CopSites.Indicators.Network.Graphs;

namespace CopSites.Indicators.Network.Measures;

/// <summary>Whole-graph figures: connected components and density.</summary>
public static class GraphShape
{
    /// <summary>The component id of every node (0…count−1, by lowest node id) and the number of components.</summary>
    public static (int[] Component, int Count) Components(WeightedGraph graph)
    {
        var component = new int[graph.NodeCount];
        Array.Fill(component, -1);
        var stack = new Stack<int>();
        var count = 0;
        for (var start = 0; start < graph.NodeCount; start++)
        {
            if (component[start] >= 0)
            {
                continue;
            }

            component[start] = count;
            stack.Push(start);
            while (stack.TryPop(out var v))
            {
                foreach (var u in graph.Neighbours(v))
                {
                    if (component[u] < 0)
                    {
                        component[u] = count;
                        stack.Push(u);
                    }
                }
            }

            count++;
        }

        return (component, count);
    }

    /// <summary>Ties present over ties possible, 2m / (n(n−1)); 0 with fewer than two nodes.</summary>
    public static double Density(WeightedGraph graph) =>
        graph.NodeCount < 2 ? 0 : 2.0 * graph.EdgeCount / (graph.NodeCount * (graph.NodeCount - 1.0));
}
