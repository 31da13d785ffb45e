namespace CopSites.Indicators.Network.Measures;

/// <summary>
/// Hubs that formed and faded between two periods: the top-k people by a centrality in each, and their overlap
/// |top_k(before) ∩ top_k(after)| / k (1: the same hubs; 0: all new).
/// </summary>
/// <param name="Overlap">The top-k overlap.</param>
/// <param name="Formed">Hubs now that were not hubs before.</param>
/// <param name="Faded">Hubs before that are not hubs now.</param>
public sealed record HubTurnover(double Overlap, IReadOnlyList<string> Formed, IReadOnlyList<string> Faded)
{
    /// <summary>Compares the top <paramref name="k"/> of each period (people with a score of 0 are never hubs; ties broken by id).</summary>
    public static HubTurnover Between(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after, int k)
    {
        var top = (IReadOnlyDictionary<string, double> scores) => scores.Where(s => s.Value > 0)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(k).Select(s => s.Key).ToList();
        var was = top(before);
        var now = top(after);
        var size = Math.Max(was.Count, now.Count);
        var overlap = size == 0 ? 1 : was.Intersect(now, StringComparer.Ordinal).Count() / (double)size;
        return new HubTurnover(overlap, now.Except(was, StringComparer.Ordinal).ToList(), was.Except(now, StringComparer.Ordinal).ToList());
    }
}
