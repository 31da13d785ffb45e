using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Running;

/// <summary>
/// Merges a new snapshot into the CoP's known history. Records are kept by identity (events, posts, products, pulse
/// answers and stories by id; product uses by product, actor and moment), so merging the same snapshot twice changes
/// nothing. Membership dates come from the snapshots: a member's join is the earliest snapshot (or record) that saw
/// them; a member who is in the history but not in the new snapshot left at the new snapshot.
/// </summary>
public static class SnapshotMerge
{
    /// <summary>The union of <paramref name="known"/> and <paramref name="latest"/>, as of the latest.</summary>
    public static CommunityActivity Merge(CommunityActivity? known, CommunityActivity latest)
    {
        if (known is null)
        {
            return latest;
        }

        var people = new Dictionary<string, Person>(known.People, StringComparer.Ordinal);
        foreach (var (id, person) in latest.People)
        {
            people[id] = person;
        }

        var nowMembers = latest.Memberships.Where(m => m.Left is null || m.Left > latest.AsOf).Select(m => m.PersonId).ToHashSet(StringComparer.Ordinal);
        var memberships = new List<Membership>();
        foreach (var group in known.Memberships.Concat(latest.Memberships).GroupBy(m => m.PersonId, StringComparer.Ordinal))
        {
            var stretches = group.OrderBy(m => m.Joined).ToList();
            var open = stretches.FirstOrDefault(m => m.Left is null);
            var closed = stretches.Where(m => m.Left is not null).DistinctBy(m => (m.Joined, m.Left)).ToList();
            memberships.AddRange(closed.Where(c => open is null || c.Left < open.Joined));
            if (open is not null)
            {
                var joined = stretches.Where(m => closed.All(c => c.Left < m.Joined) || m.Left is null).Min(m => m.Joined);
                var isLead = stretches.Any(m => m.IsLead && m.Left is null);
                memberships.Add(nowMembers.Contains(group.Key) ? new Membership(group.Key, joined, null, isLead) : new Membership(group.Key, joined, latest.AsOf, isLead));
            }
        }

        return new CommunityActivity(latest.Site, latest.AsOf, people, memberships,
            Union(known.Events, latest.Events, e => e.Id),
            Union(known.Posts, latest.Posts, p => p.Id),
            Union(known.Products, latest.Products, p => p.Id),
            Union(known.ProductActivities, latest.ProductActivities, a => $"{a.ProductId}\u001f{a.ActorId}\u001f{a.At.UtcTicks}\u001f{a.Action}"),
            Union(known.PulseResponses, latest.PulseResponses, r => r.Id),
            Union(known.Stories, latest.Stories, s => s.Id));
    }

    // The latest version of a record wins (an event whose attendees were filled in later).
    private static List<T> Union<T>(IEnumerable<T> known, IEnumerable<T> latest, Func<T, string> key)
    {
        var merged = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in known.Concat(latest))
        {
            merged[key(item)] = item;
        }

        return merged.Values.ToList();
    }
}
