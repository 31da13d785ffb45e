using CopSites.Indicators.Network.Graphs;

namespace CopSites.Benchmarks.Network;

/// <summary>
/// Holme and Kim's (2002) clustered power-law graph, deterministic by seed: each new node makes <c>m</c> ties, the
/// first by preferential attachment and each next one, with probability <c>p</c>, to a neighbour of the node it just
/// tied to (closing a triangle), else again by preferential attachment. The shape of real collaboration networks:
/// heavy-tailed degrees and high clustering.
/// </summary>
internal static class ClusteredPowerLawGraph
{
    public static WeightedGraph Generate(int nodes, int tiesPerNode, double triangleProbability, int seed)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder();
        var endpoints = new List<int>(nodes * tiesPerNode * 2); // every tie's ends: a uniform pick is a degree-weighted pick
        var neighbours = new List<HashSet<int>>(nodes);
        for (var v = 0; v < nodes; v++)
        {
            neighbours.Add([]);
            builder.AddNode(Label(v));
        }

        void Tie(int a, int b)
        {
            neighbours[a].Add(b);
            neighbours[b].Add(a);
            endpoints.Add(a);
            endpoints.Add(b);
            builder.AddEdge(Label(a), Label(b));
        }

        for (var v = 1; v <= tiesPerNode && v < nodes; v++)
        {
            Tie(v, v - 1);
        }

        for (var v = tiesPerNode + 1; v < nodes; v++)
        {
            var last = -1;
            for (var k = 0; k < tiesPerNode; k++)
            {
                int target;
                if (last >= 0 && random.NextDouble() < triangleProbability && neighbours[last].Where(u => u != v && !neighbours[v].Contains(u)).ToArray() is { Length: > 0 } open)
                {
                    target = open[random.Next(open.Length)];
                }
                else
                {
                    var tries = 0;
                    do
                    {
                        target = endpoints[random.Next(endpoints.Count)];
                    }
                    while ((target == v || neighbours[v].Contains(target)) && ++tries < 50);

                    if (target == v || neighbours[v].Contains(target))
                    {
                        continue;
                    }
                }

                Tie(v, target);
                last = target;
            }
        }

        return builder.Build();
    }

    private static string Label(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
