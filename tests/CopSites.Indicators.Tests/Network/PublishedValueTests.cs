using CopSites.Indicators.Network.Measures;

namespace CopSites.Indicators.Tests.Network;

/// <summary>Network measures against values published for Zachary's karate club and Davis's Southern Women.</summary>
public class PublishedValueTests
{
    // networkx.betweenness_centrality(nx.karate_club_graph()) (normalized, the default), node 0 to 33.
    private static readonly double[] KarateBetweenness =
    [
        0.43763528138528146, 0.053936688311688304, 0.14365680615680618, 0.011909271284271283, 0.0006313131313131313,
        0.02998737373737374, 0.029987373737373736, 0.0, 0.05592682780182781, 0.0008477633477633478,
        0.0006313131313131313, 0.0, 0.0, 0.04586339586339586, 0.0, 0.0, 0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0,
        0.017613636363636363, 0.0022095959595959595, 0.0038404882154882154, 0.0, 0.02233345358345358,
        0.0017947330447330447, 0.0029220779220779218, 0.014411976911976909, 0.13827561327561327, 0.145247113997114,
        0.30407497594997596,
    ];

    [Fact]
    public void Karate_Betweenness_MatchesNetworkx()
    {
        var graph = PublishedGraphs.Karate();

        var raw = BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, CancellationToken.None);
        var normalized = BetweennessCentrality.Normalized(raw);

        graph.NodeCount.ShouldBe(34);
        graph.EdgeCount.ShouldBe(78);
        for (var member = 0; member < 34; member++)
        {
            normalized[graph.Node(member.ToString(System.Globalization.CultureInfo.InvariantCulture))].ShouldBe(KarateBetweenness[member], 1e-12, $"member {member}");
        }

        // Unnormalised: Mr. Hi (0) lies on 231.07 of the 528 pairs' shortest paths, as Zachary's graph is usually quoted.
        raw[graph.Node("0")].ShouldBe(231.0714285714, 1e-9);
    }

    [Fact]
    public void Karate_Betweenness_IsTheSame_OnOneWorkerAndMany()
    {
        var graph = PublishedGraphs.Karate();

        var single = BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, CancellationToken.None, maxDegreeOfParallelism: 1);
        var parallel = BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, CancellationToken.None, maxDegreeOfParallelism: 8);

        for (var v = 0; v < graph.NodeCount; v++)
        {
            parallel[v].ShouldBe(single[v], 1e-9);
        }
    }

    [Fact]
    public void Karate_CoreNumbers_MatchNetworkx()
    {
        var graph = PublishedGraphs.Karate();

        var cores = CoreNumbers.Of(graph);

        // networkx.core_number(karate): the 4-core is {0,1,2,3,7,8,13,30,32,33}; 11 is a leaf (1); the rest 2 or 3.
        int[] fourCore = [0, 1, 2, 3, 7, 8, 13, 30, 32, 33];
        for (var member = 0; member < 34; member++)
        {
            var core = cores[graph.Node(member.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            if (fourCore.Contains(member))
            {
                core.ShouldBe(4, $"member {member}");
            }
            else
            {
                core.ShouldBeLessThan(4, $"member {member}");
            }
        }

        cores[graph.Node("11")].ShouldBe(1);
        cores[graph.Node("9")].ShouldBe(2);
        cores[graph.Node("4")].ShouldBe(3);
    }

    [Fact]
    public void Davis_DegreeAndBipartiteBetweenness_MatchNetworkx()
    {
        var graph = PublishedGraphs.Davis();
        var events = Enumerable.Range(1, 14).Select(e => "E" + e).ToHashSet();
        var women = Enumerable.Range(0, graph.NodeCount).Where(v => !events.Contains(graph.Labels[v])).ToHashSet();

        var bipartite = BetweennessCentrality.BipartiteNormalized(BetweennessCentrality.Raw(graph, WeightMeaning.Unweighted, CancellationToken.None), women);

        graph.NodeCount.ShouldBe(32);
        graph.EdgeCount.ShouldBe(89);
        graph.Degree(graph.Node("E8")).ShouldBe(14);
        graph.Degree(graph.Node("Nora Fayette")).ShouldBe(8);
        // networkx's bipartite.betweenness_centrality test values (two decimals).
        var expected = new Dictionary<string, double>
        {
            ["E8"] = 0.24, ["E9"] = 0.23, ["E7"] = 0.13, ["Nora Fayette"] = 0.11, ["Evelyn Jefferson"] = 0.10,
            ["Theresa Anderson"] = 0.09, ["E6"] = 0.07, ["Sylvia Avondale"] = 0.07, ["Laura Mandeville"] = 0.05,
            ["Brenda Rogers"] = 0.05, ["Katherina Rogers"] = 0.05, ["E5"] = 0.04, ["Helen Lloyd"] = 0.04, ["E3"] = 0.02,
            ["Ruth DeSand"] = 0.02, ["Verne Sanderson"] = 0.02, ["E12"] = 0.02, ["Myra Liddel"] = 0.02, ["E11"] = 0.02,
            ["Eleanor Nye"] = 0.01, ["Frances Anderson"] = 0.01, ["Pearl Oglethorpe"] = 0.01, ["E4"] = 0.01,
            ["Charlotte McDowd"] = 0.01, ["E10"] = 0.01, ["Olivia Carleton"] = 0.01, ["Flora Price"] = 0.01, ["E2"] = 0.00,
            ["E1"] = 0.00, ["Dorothy Murchison"] = 0.00, ["E13"] = 0.00, ["E14"] = 0.00,
        };
        foreach (var (node, value) in expected)
        {
            bipartite[graph.Node(node)].ShouldBe(value, 0.005, node);
        }
    }
}
