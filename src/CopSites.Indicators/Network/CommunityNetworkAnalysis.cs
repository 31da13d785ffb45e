using System.Globalization;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Metrics;
using CopSites.Indicators.Network.Graphs;
using CopSites.Indicators.Network.Measures;

namespace CopSites.Indicators.Network;

/// <summary>
/// The network section of a CoP's indicators: the interaction graph of its whole life and of each month, measured
/// (docs/network.md), with the connectors who bridge units and countries, the multipliers whose contributions others
/// take up, and the hubs that formed and faded between the two latest complete months.
/// </summary>
public sealed class CommunityNetworkAnalysis : ICommunityNetworkAnalysis
{
    /// <summary>How many people the page names in each list, and the k of the hub overlap.</summary>
    public const int TopPeople = 5;

    /// <summary>How long after joining a newcomer has to make a first tie with an existing member to count as integrated.</summary>
    public static readonly TimeSpan IntegrationWindow = TimeSpan.FromDays(60);

    private const string Key = "network";

    /// <inheritdoc />
    public NetworkFindings Analyze(CommunityActivity activity, CancellationToken cancellationToken)
    {
        var index = CommunityIndex.Of(activity);
        var months = index.Months;
        var sink = new Observations();
        var monthly = new Dictionary<int, IReadOnlyDictionary<string, double>>();
        for (var m = 0; m < months.Count; m++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The snapshot's month includes the snapshot's own moment (a member who joined just now is a node).
            var to = m == months.Count - 1 ? months.AsOf.AddTicks(1) : months.End(m);
            var graph = InteractionGraph.Build(activity, months.Start(m), to);
            // Betweenness is the costly measure; month by month only the two latest complete months need it (hub turnover).
            var central = m == months.LastComplete || m == months.LastComplete - 1;
            monthly[m] = Measure(graph, index, months.Key(m), activity, months.Start(m), to, sink, cancellationToken, central).Betweenness;
        }

        var life = InteractionGraph.Build(activity, DateTimeOffset.MinValue, months.AsOf.AddTicks(1));
        var whole = Measure(life, index, Periods.All, activity, DateTimeOffset.MinValue, months.AsOf.AddTicks(1), sink, cancellationToken, betweennessNeeded: true);
        Integration(activity, index, sink);
        var (overlap, formed, faded) = (default(double?), (IReadOnlyList<string>)[], (IReadOnlyList<string>)[]);
        if (months.LastComplete >= 1)
        {
            var turnover = HubTurnover.Between(monthly[months.LastComplete - 1], monthly[months.LastComplete], TopPeople);
            (overlap, formed, faded) = (turnover.Overlap, turnover.Formed, turnover.Faded);
            sink.Add(Key, "hub-overlap", months.Key(months.LastComplete), null, null, turnover.Overlap, "ratio");
        }

        return new NetworkFindings(sink.Rows, whole.Connectors, Multipliers(activity, index), formed, faded, overlap);
    }

    private static (IReadOnlyDictionary<string, double> Betweenness, IReadOnlyList<PersonHighlight> Connectors) Measure(
        WeightedGraph graph, CommunityIndex index, string period, CommunityActivity activity, DateTimeOffset from, DateTimeOffset to,
        Observations sink, CancellationToken ct, bool betweennessNeeded)
    {
        var units = graph.Labels.Select(l => index.UnitOf(l)).ToArray();
        var countries = graph.Labels.Select(l => index.CountryOf(l)).ToArray();
        var betweenness = betweennessNeeded ? BetweennessCentrality.Normalized(BetweennessCentrality.Raw(graph, WeightMeaning.Strength, ct)) : new double[graph.NodeCount];
        var strength = Enumerable.Range(0, graph.NodeCount).Select(graph.Strength).ToArray();
        var (eiUnits, eiUnit) = GroupTies.EiIndex(graph, units);
        var (_, eiCountry) = GroupTies.EiIndex(graph, countries);
        var (_, components) = GraphShape.Components(graph);
        var inequality = Inequality.Of(strength);
        sink.Add(Key, "people", period, null, null, graph.NodeCount, "people");
        sink.Add(Key, "ties", period, null, null, graph.EdgeCount, "count");
        sink.Add(Key, "density", period, null, null, graph.NodeCount < 2 ? null : GraphShape.Density(graph), "ratio");
        sink.Add(Key, "components", period, null, null, graph.NodeCount == 0 ? null : components, "count");
        sink.Add(Key, "gini", period, null, null, inequality?.Gini, "ratio");
        sink.Add(Key, "top-10-percent-share", period, null, null, inequality?.TopTenPercentShare, "ratio");
        sink.Add(Key, "top-1-percent-share", period, null, null, inequality?.TopOnePercentShare, "ratio");
        sink.Add(Key, "ei-index-units", period, null, null, eiUnit, "index");
        sink.Add(Key, "ei-index-countries", period, null, null, eiCountry, "index");
        sink.Add(Key, "reciprocity", period, null, null, Reciprocity.Of(InteractionGraph.ReplyTies(activity, from, to)), "ratio");
        foreach (var (unit, ei) in eiUnits)
        {
            sink.Add(Key, "ei-index", period, Dimensions.Unit, unit, ei, "index");
        }

        var connectors = new List<PersonHighlight>();
        if (period == Periods.All)
        {
            var byUnit = GroupTies.Brokerage(graph, units, ct);
            var byCountry = GroupTies.Brokerage(graph, countries, ct);
            var participation = GroupTies.ParticipationCoefficient(graph, units, weighted: true);
            connectors.AddRange(Enumerable.Range(0, graph.NodeCount)
                .Where(v => betweenness[v] > 0 && (byUnit[v].AcrossGroups > 0 || byCountry[v].AcrossGroups > 0))
                .OrderByDescending(v => betweenness[v]).ThenBy(v => graph.Labels[v], StringComparer.Ordinal)
                .Take(TopPeople)
                .Select(v => new PersonHighlight(graph.Labels[v], betweenness[v], Bridges(graph, v, units, countries, participation[v]))));
        }

        return (graph.Labels.Select((l, v) => (l, v)).ToDictionary(x => x.l, x => betweenness[x.v], StringComparer.Ordinal), connectors);
    }

    private static string Bridges(WeightedGraph graph, int v, string?[] units, string?[] countries, double? participation)
    {
        var reachedUnits = graph.Neighbours(v).ToArray().Select(u => units[u]).OfType<string>().Where(u => u != units[v]).Distinct().Order(StringComparer.Ordinal).ToList();
        var reachedCountries = graph.Neighbours(v).ToArray().Select(u => countries[u]).OfType<string>().Where(c => c != countries[v]).Distinct().Count();
        var unitText = reachedUnits.Count switch
        {
            0 => "links people of their own unit",
            <= 3 => "links colleagues in " + string.Join(", ", reachedUnits),
            _ => $"links colleagues in {reachedUnits.Count} other units",
        };
        var countryText = reachedCountries > 0 ? $" and {reachedCountries} other countr{(reachedCountries == 1 ? "y" : "ies")}" : string.Empty;
        var spread = participation is { } p ? string.Create(CultureInfo.InvariantCulture, $" (participation coefficient {p:0.00})") : string.Empty;
        return unitText + countryText + spread;
    }

    private static IReadOnlyList<PersonHighlight> Multipliers(CommunityActivity activity, CommunityIndex index)
    {
        var inRange = (DateTimeOffset at) => index.Months.IndexOf(at) >= 0;
        var taken = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Took(string contributor, string by)
        {
            if (contributor != by)
            {
                (taken.TryGetValue(contributor, out var set) ? set : taken[contributor] = new HashSet<string>(StringComparer.Ordinal)).Add(by);
            }
        }

        foreach (var reply in activity.Posts.Where(p => inRange(p.Created) && p.RepliedToAuthorId is not null))
        {
            Took(reply.RepliedToAuthorId!, reply.AuthorId);
        }

        var products = activity.Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var use in activity.ProductActivities.Where(a => inRange(a.At)))
        {
            if (products.TryGetValue(use.ProductId, out var product))
            {
                foreach (var author in product.CoAuthorIds.Prepend(product.AuthorId))
                {
                    Took(author, use.ActorId);
                }
            }
        }

        return taken.Where(t => t.Value.Count > 1)
            .OrderByDescending(t => t.Value.Count).ThenBy(t => t.Key, StringComparer.Ordinal).Take(TopPeople)
            .Select(t => new PersonHighlight(t.Key, t.Value.Count,
                $"{t.Value.Count} colleagues replied to or used their contributions, from {t.Value.Select(index.UnitOf).OfType<string>().Distinct().Count()} units"))
            .ToList();
    }

    private static void Integration(CommunityActivity activity, CommunityIndex index, Observations sink)
    {
        var months = index.Months;
        var firstJoin = activity.Memberships.GroupBy(s => s.PersonId).ToDictionary(g => g.Key, g => g.Min(s => s.Joined), StringComparer.Ordinal);
        var ties = new List<(string A, string B, DateTimeOffset At)>();
        ties.AddRange(activity.Posts.Where(p => p.RepliedToAuthorId is not null).Select(p => (p.AuthorId, p.RepliedToAuthorId!, p.Created)));
        foreach (var e in activity.Events)
        {
            var people = e.Hosts.Concat(e.Presenters).Concat(e.Attendees).Distinct(StringComparer.Ordinal).ToArray();
            ties.AddRange(people.SelectMany(a => people.Where(b => b != a).Select(b => (a, b, e.Start))));
        }

        var firstTie = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (a, b, at) in ties.Where(t => t.At <= months.AsOf))
        {
            // A tie integrates a newcomer when the other person was already a member.
            if (firstJoin.TryGetValue(b, out var other) && other < (firstJoin.GetValueOrDefault(a, at)) && (!firstTie.TryGetValue(a, out var seen) || at < seen))
            {
                firstTie[a] = at;
            }
        }

        for (var m = -1; m < months.Count; m++)
        {
            var joiners = firstJoin.Where(j => m < 0 ? months.IndexOf(j.Value) >= 0 : months.IndexOf(j.Value) == m)
                .Where(j => j.Value + IntegrationWindow <= months.AsOf).ToList(); // only those whose window is over
            var integrated = joiners.Count(j => firstTie.TryGetValue(j.Key, out var t) && t >= j.Value && t <= j.Value + IntegrationWindow);
            sink.Add(Key, "newcomer-integration", m < 0 ? Periods.All : months.Key(m), null, null, Observations.Ratio(integrated, joiners.Count), "ratio");
        }
    }
}
