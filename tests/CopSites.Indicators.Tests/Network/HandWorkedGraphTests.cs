using CopSites.Indicators.Network;
using CopSites.Indicators.Network.Graphs;
using CopSites.Indicators.Network.Measures;

namespace CopSites.Indicators.Tests.Network;

/// <summary>Small graphs whose measures can be worked out by hand: shapes, disconnection, isolated nodes, self-loops, duplicates, ties, weights.</summary>
public class HandWorkedGraphTests
{
    private static WeightedGraph Graph(string edges, params string[] isolated)
    {
        var builder = new GraphBuilder();
        foreach (var node in isolated)
        {
            builder.AddNode(node);
        }

        foreach (var edge in edges.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = edge.Split('-', ':');
            builder.AddEdge(parts[0], parts[1], parts.Length > 2 ? double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
        }

        return builder.Build();
    }

    private static double Raw(WeightedGraph graph, string node, WeightMeaning weights = WeightMeaning.Unweighted) =>
        BetweennessCentrality.Raw(graph, weights, CancellationToken.None)[graph.Node(node)];

    [Fact]
    public void Path_InnerNodesCarryTheirPairs()
    {
        var path = Graph("a-b b-c c-d");

        Raw(path, "b").ShouldBe(2);
        Raw(path, "a").ShouldBe(0);
        BetweennessCentrality.Normalized(BetweennessCentrality.Raw(path, WeightMeaning.Unweighted, CancellationToken.None))[path.Node("c")].ShouldBe(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Star_CentreIsOnEveryPath()
    {
        var star = Graph("hub-a hub-b hub-c hub-d");

        Raw(star, "hub").ShouldBe(6);
        BetweennessCentrality.Normalized(BetweennessCentrality.Raw(star, WeightMeaning.Unweighted, CancellationToken.None))[star.Node("hub")].ShouldBe(1, 1e-12);
        StructuralHoles.Constraint(star, CancellationToken.None)[star.Node("hub")]!.Value.ShouldBe(0.25, 1e-12);
        StructuralHoles.Constraint(star, CancellationToken.None)[star.Node("a")]!.Value.ShouldBe(1, 1e-12);
    }

    [Fact]
    public void CycleAndDiamond_TiedShortestPathsSplitEvenly()
    {
        var cycle = Graph("a-b b-c c-d d-a");

        foreach (var node in new[] { "a", "b", "c", "d" })
        {
            Raw(cycle, node).ShouldBe(0.5, 1e-12);
        }
    }

    [Fact]
    public void DisconnectedGraph_NormalisesByAllNodes_AndCountsComponents()
    {
        var graph = Graph("a-b b-c x-y y-z");

        var normalized = BetweennessCentrality.Normalized(BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, CancellationToken.None));
        var (_, components) = GraphShape.Components(graph);

        normalized[graph.Node("b")].ShouldBe(0.1, 1e-12);
        normalized[graph.Node("y")].ShouldBe(0.1, 1e-12);
        components.ShouldBe(2);
    }

    [Fact]
    public void IsolatedNode_HasZerosAndNoConstraint_AndCountsInTheNormalisation()
    {
        var graph = Graph("a-b b-c", "loner");

        var result = NetworkAnalysis.Measure(graph, null, WeightMeaning.Unweighted, CancellationToken.None);
        var loner = result.Nodes.Single(n => n.Id == "loner");

        loner.Degree.ShouldBe(0);
        loner.CoreNumber.ShouldBe(0);
        loner.Betweenness.ShouldBe(0);
        loner.Constraint.ShouldBeNull();
        result.Nodes.Single(n => n.Id == "b").Betweenness.ShouldBe(1.0 / 3, 1e-12);
        result.Graph.Components.ShouldBe(2);
        result.Graph.Density.ShouldBe(2 * 2 / (4.0 * 3), 1e-12);
    }

    [Fact]
    public void SelfLoopsAndDuplicates_AreCountedAndMerged()
    {
        var graph = Graph("a-b b-a:2 b-b b-c");

        graph.EdgeCount.ShouldBe(2);
        graph.SelfLoops.ShouldBe(1);
        graph.DuplicateEdges.ShouldBe(1);
        graph.Degree(graph.Node("b")).ShouldBe(2);
        graph.WeightBetween(graph.Node("a"), graph.Node("b")).ShouldBe(3);
        Raw(graph, "b").ShouldBe(1);
    }

    [Fact]
    public void Weights_ChangeTheShortestPath_AsDistanceOrAsStrength()
    {
        // a–c directly costs 5, through b costs 2.
        var triangle = Graph("a-b:1 b-c:1 a-c:5");

        Raw(triangle, "b", WeightMeaning.Unweighted).ShouldBe(0);
        Raw(triangle, "b", WeightMeaning.Distance).ShouldBe(1);
        // As strengths, a–c (5 interactions) is the shortest: 0.2 against 2.
        Raw(triangle, "b", WeightMeaning.Strength).ShouldBe(0);
    }

    [Fact]
    public void WeightedTies_SplitPathsOnlyWhenLengthsAreEqual()
    {
        var diamond = Graph("a-b:1 b-d:1 a-c:1 c-d:1");
        var uneven = Graph("a-b:1 b-d:1 a-c:1 c-d:2");

        Raw(diamond, "b", WeightMeaning.Distance).ShouldBe(0.5, 1e-12);
        Raw(uneven, "b", WeightMeaning.Distance).ShouldBe(1, 1e-12);
        Raw(uneven, "c", WeightMeaning.Distance).ShouldBe(0, 1e-12);
    }

    [Fact]
    public void Triangle_ConstraintIsBurtsClosedValue()
    {
        StructuralHoles.Constraint(Graph("a-b b-c c-a"), CancellationToken.None).ShouldAllBe(c => Math.Abs(c!.Value - 1.125) < 1e-12);
    }

    [Fact]
    public void GroupMeasures_ParticipationEiAndBrokerageRoles()
    {
        // v links two X members who are not tied (itinerant); w links X to Y (representative); z brokers X, Y, Z (liaison).
        var graph = Graph("x1-v x2-v x1-w y1-w x3-z y2-z q1-z");
        var groups = new Dictionary<string, string>
        {
            ["x1"] = "X", ["x2"] = "X", ["x3"] = "X", ["v"] = "V", ["w"] = "X", ["y1"] = "Y", ["y2"] = "Y", ["z"] = "Z", ["q1"] = "Q",
        };
        var groupOf = Enumerable.Range(0, graph.NodeCount).Select(v => (string?)groups[graph.Labels[v]]).ToArray();

        var roles = GroupTies.Brokerage(graph, groupOf, CancellationToken.None);
        var participation = GroupTies.ParticipationCoefficient(graph, groupOf, weighted: false);

        roles[graph.Node("v")].ShouldBe(new BrokerageRoles(0, 1, 0, 0));
        roles[graph.Node("w")].ShouldBe(new BrokerageRoles(0, 0, 1, 0));
        roles[graph.Node("z")].ShouldBe(new BrokerageRoles(0, 0, 0, 3));
        participation[graph.Node("w")]!.Value.ShouldBe(0.5, 1e-12);
        participation[graph.Node("x2")]!.Value.ShouldBe(0, 1e-12);
        participation[graph.Node("z")]!.Value.ShouldBe(1 - 3 * (1.0 / 9), 1e-12);
    }

    [Fact]
    public void ClosedTriangle_BrokersNothing_AndCoordinatorNeedsAnOpenPath()
    {
        var graph = Graph("a-b b-c c-a c-d");
        var groupOf = new string?[] { "G", "G", "G", "G" };

        var roles = GroupTies.Brokerage(graph, groupOf, CancellationToken.None);

        roles[graph.Node("a")].Total.ShouldBe(0);
        roles[graph.Node("c")].ShouldBe(new BrokerageRoles(2, 0, 0, 0));
    }

    [Fact]
    public void EiIndex_ByGroupAndOverall()
    {
        var graph = Graph("a-b b-c");
        var groupOf = Enumerable.Range(0, 3).Select(v => (string?)(graph.Labels[v] == "c" ? "Y" : "X")).ToArray();

        var (byGroup, overall) = GroupTies.EiIndex(graph, groupOf);

        overall.ShouldBe(0);
        byGroup["X"].ShouldBe(0);
        byGroup["Y"].ShouldBe(1);
    }

    [Fact]
    public void Inequality_GiniAndTopShares()
    {
        var concentrated = Inequality.Of([0, 0, 0, 10])!;
        var even = Inequality.Of([1, 1, 1, 1])!;

        concentrated.Gini.ShouldBe(0.75, 1e-12);
        concentrated.TopTenPercentShare.ShouldBe(1);
        even.Gini.ShouldBe(0, 1e-12);
        even.TopTenPercentShare.ShouldBe(0.25, 1e-12);
        Inequality.Of([0, 0]).ShouldBeNull();
        Inequality.Of([]).ShouldBeNull();
    }

    [Fact]
    public void ReciprocityAndHubTurnover()
    {
        Reciprocity.Of([("a", "b"), ("b", "a"), ("a", "c"), ("a", "a")])!.Value.ShouldBe(2.0 / 3, 1e-12);
        Reciprocity.Of([]).ShouldBeNull();

        var turnover = HubTurnover.Between(
            new Dictionary<string, double> { ["a"] = 3, ["b"] = 2, ["c"] = 1 },
            new Dictionary<string, double> { ["a"] = 3, ["d"] = 2, ["c"] = 1 }, k: 2);

        turnover.Overlap.ShouldBe(0.5);
        turnover.Formed.ShouldBe(["d"]);
        turnover.Faded.ShouldBe(["b"]);
    }

    [Fact]
    public void EmptyGraph_MeasuresToNothing_WithoutFailing()
    {
        var result = NetworkAnalysis.Measure(new GraphBuilder().Build(), null, WeightMeaning.Unweighted, CancellationToken.None);

        result.Nodes.ShouldBeEmpty();
        result.Graph.Edges.ShouldBe(0);
        result.Graph.DegreeInequality.ShouldBeNull();
    }
}
