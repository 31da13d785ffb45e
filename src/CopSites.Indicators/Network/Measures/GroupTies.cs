using CopSites.Indicators.Network.Graphs;

namespace CopSites.Indicators.Network.Measures;

/// <summary>
/// Measures of how ties cross groups (units, countries): participation coefficient (Guimerà and Amaral), Krackhardt's
/// E-I index and Gould and Fernandez's brokerage roles. Nodes without a group are their own, unnamed group.
/// </summary>
public static class GroupTies
{
    /// <summary>
    /// Participation coefficient P = 1 − Σ_g (k_g / k)², where k_g is the node's ties (or tie weight, when
    /// <paramref name="weighted"/>) into group g: 0 when every tie stays in one group, towards 1 when ties spread evenly
    /// across many. Null for an isolated node.
    /// </summary>
    public static double?[] ParticipationCoefficient(WeightedGraph graph, IReadOnlyList<string?> groups, bool weighted)
    {
        var result = new double?[graph.NodeCount];
        var byGroup = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.Degree(v) == 0)
            {
                continue;
            }

            byGroup.Clear();
            var total = 0.0;
            var neighbours = graph.Neighbours(v);
            var weights = graph.TieWeights(v);
            for (var i = 0; i < neighbours.Length; i++)
            {
                var amount = weighted ? weights[i] : 1;
                var key = groups[neighbours[i]] ?? "\0" + neighbours[i];
                byGroup[key] = byGroup.GetValueOrDefault(key) + amount;
                total += amount;
            }

            result[v] = 1 - byGroup.Values.Sum(k => (k / total) * (k / total));
        }

        return result;
    }

    /// <summary>
    /// Krackhardt and Stern's E-I index, (E − I) / (E + I), over the ties of each group's members (E: ties leaving the
    /// group, I: ties inside it) and over the whole graph: −1 is a closed clique, +1 only outward ties. Null for a group
    /// without ties.
    /// </summary>
    public static (IReadOnlyDictionary<string, double?> ByGroup, double? Overall) EiIndex(WeightedGraph graph, IReadOnlyList<string?> groups)
    {
        var external = new Dictionary<string, int>(StringComparer.Ordinal);
        var internalTies = new Dictionary<string, int>(StringComparer.Ordinal);
        int allExternal = 0, allInternal = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (groups[v] is not { } group)
            {
                continue;
            }

            external.TryAdd(group, 0);
            internalTies.TryAdd(group, 0);
            foreach (var u in graph.Neighbours(v))
            {
                if (groups[u] == group)
                {
                    internalTies[group]++;
                    if (u > v)
                    {
                        allInternal++;
                    }
                }
                else
                {
                    external[group]++;
                    if (u > v || groups[u] is null)
                    {
                        allExternal++;
                    }
                }
            }
        }

        // Inside a group each tie was seen from both ends.
        var byGroup = external.Keys.ToDictionary(g => g, g =>
        {
            double e = external[g], i = internalTies[g] / 2.0;
            return e + i == 0 ? (double?)null : (e - i) / (e + i);
        }, StringComparer.Ordinal);
        double? overall = allExternal + allInternal == 0 ? null : (allExternal - allInternal) / (double)(allExternal + allInternal);
        return (byGroup, overall);
    }

    /// <summary>
    /// Gould and Fernandez brokerage roles, counted over open two-paths a–v–b (a and b not tied) with v in the middle.
    /// The graph is undirected, so each unordered pair {a, b} counts once and the directed roles gatekeeper
    /// (v with b) and representative (v with a) merge into one, <see cref="BrokerageRoles.Representative"/>.
    /// </summary>
    public static BrokerageRoles[] Brokerage(WeightedGraph graph, IReadOnlyList<string?> groups, CancellationToken cancellationToken)
    {
        var result = new BrokerageRoles[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var neighbours = graph.Neighbours(v);
            long coordinator = 0, itinerant = 0, representative = 0, liaison = 0;
            for (var i = 0; i < neighbours.Length; i++)
            {
                var a = neighbours[i];
                for (var j = i + 1; j < neighbours.Length; j++)
                {
                    var b = neighbours[j];
                    if (graph.AreTied(a, b))
                    {
                        continue;
                    }

                    var (ga, gv, gb) = (groups[a], groups[v], groups[b]);
                    if (ga is null || gv is null || gb is null)
                    {
                        continue; // a role needs every group known
                    }

                    if (ga == gv && gv == gb)
                    {
                        coordinator++;
                    }
                    else if (ga == gb)
                    {
                        itinerant++;
                    }
                    else if (ga == gv || gb == gv)
                    {
                        representative++;
                    }
                    else
                    {
                        liaison++;
                    }
                }
            }

            result[v] = new BrokerageRoles(coordinator, itinerant, representative, liaison);
        }

        return result;
    }
}

/// <summary>How often a node brokers between two others who are not tied, by the groups involved.</summary>
/// <param name="Coordinator">All three in the same group.</param>
/// <param name="Itinerant">The two ends share a group the broker is not in (consultant).</param>
/// <param name="Representative">The broker shares a group with one end only (gatekeeper or representative).</param>
/// <param name="Liaison">All three in different groups.</param>
public sealed record BrokerageRoles(long Coordinator, long Itinerant, long Representative, long Liaison)
{
    /// <summary>Brokerage across groups: every role but coordinator.</summary>
    public long AcrossGroups => Itinerant + Representative + Liaison;

    /// <summary>All open two-paths the node is the middle of, with every group known.</summary>
    public long Total => Coordinator + AcrossGroups;
}
