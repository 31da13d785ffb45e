namespace CopSites.Indicators.Network.Measures;

/// <summary>
/// Reciprocity of a directed graph (who replies to whom): the share of directed ties a→b whose reverse b→a also exists,
/// as networkx's <c>overall_reciprocity</c>. Self-ties are ignored; repeated ties count once.
/// </summary>
public static class Reciprocity
{
    /// <summary>The share of reciprocated ties (0–1), or null without any tie.</summary>
    public static double? Of(IEnumerable<(string From, string To)> ties)
    {
        var set = ties.Where(t => !string.Equals(t.From, t.To, StringComparison.Ordinal)).ToHashSet();
        if (set.Count == 0)
        {
            return null;
        }

        return set.Count(t => set.Contains((t.To, t.From))) / (double)set.Count;
    }
}
