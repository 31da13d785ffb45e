using CopSites.Indicators.Network.Graphs;

namespace CopSites.Indicators.Tests.Network;

/// <summary>The published graphs in Network/Data (see its README), read through the same CSV reader the CLI uses.</summary>
internal static class PublishedGraphs
{
    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Network", "Data", file);

    public static WeightedGraph Karate() => Read("karate-edges.csv");

    public static IReadOnlyDictionary<string, string> KarateClubs()
    {
        using var reader = File.OpenText(PathOf("karate-clubs.csv"));
        return EdgeListCsv.ReadGroups(reader, "karate-clubs.csv", CancellationToken.None);
    }

    public static WeightedGraph Davis() => Read("davis-edges.csv");

    private static WeightedGraph Read(string file)
    {
        using var reader = File.OpenText(PathOf(file));
        return EdgeListCsv.ReadEdges(reader, file, weighted: false, CancellationToken.None);
    }

    public static int Node(this WeightedGraph graph, string label) =>
        graph.Labels.Select((l, i) => (l, i)).Single(x => x.l == label).i;
}
