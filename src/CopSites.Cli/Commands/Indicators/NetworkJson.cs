using System.Text.Json.Nodes;
using CopSites.Indicators.Network;
using CopSites.Indicators.Network.Measures;

namespace CopSites.Cli.Commands.Indicators;

/// <summary>The JSON shape of `indicators network --output json`: <c>{"nodes":[…],"graph":{…}}</c>, documented in docs/network.md.</summary>
internal static class NetworkJson
{
    public static JsonObject From(NetworkResult result) => new()
    {
        ["nodes"] = new JsonArray(result.Nodes.Select(n => (JsonNode)Node(n)).ToArray()),
        ["graph"] = Graph(result.Graph),
    };

    private static JsonObject Node(NodeMeasures n) => new()
    {
        ["id"] = n.Id,
        ["group"] = n.Group,
        ["betweenness"] = n.Betweenness,
        ["betweennessRaw"] = n.BetweennessRaw,
        ["degree"] = n.Degree,
        ["strength"] = n.Strength,
        ["coreNumber"] = n.CoreNumber,
        ["participationCoefficient"] = n.ParticipationCoefficient,
        ["constraint"] = n.Constraint,
        ["brokerage"] = n.Brokerage is { } b ? Roles(b) : null,
        ["component"] = n.Component,
    };

    private static JsonObject Roles(BrokerageRoles b) => new()
    {
        ["coordinator"] = b.Coordinator,
        ["itinerant"] = b.Itinerant,
        ["representative"] = b.Representative,
        ["liaison"] = b.Liaison,
        ["acrossGroups"] = b.AcrossGroups,
    };

    private static JsonObject Graph(GraphMeasures g) => new()
    {
        ["nodes"] = g.Nodes,
        ["edges"] = g.Edges,
        ["selfLoops"] = g.SelfLoops,
        ["duplicateEdges"] = g.DuplicateEdges,
        ["components"] = g.Components,
        ["largestComponent"] = g.LargestComponent,
        ["density"] = g.Density,
        ["maxCoreNumber"] = g.MaxCoreNumber,
        ["gini"] = g.DegreeInequality?.Gini,
        ["topTenPercentShare"] = g.DegreeInequality?.TopTenPercentShare,
        ["topOnePercentShare"] = g.DegreeInequality?.TopOnePercentShare,
        ["eiIndex"] = g.EiIndex,
        ["eiIndexByGroup"] = new JsonObject(g.EiIndexByGroup.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => KeyValuePair.Create(e.Key, (JsonNode?)(e.Value is { } v ? JsonValue.Create(v) : null)))),
        ["weighted"] = g.Weighted,
    };
}
