using CopSites.Domain;

namespace CopSites.Indicators.Metrics;

/// <summary>
/// Activity and engagement (guide §3.7): activities held (by format, against the cadence), participation rate,
/// contributions, uptake of toolkit items, membership growth, knowledge products created and disseminated.
/// </summary>
public static class EngagementMetrics
{
    /// <summary>How many distinct members must have opened a product for it to count as disseminated.</summary>
    public const int DisseminationReach = 5;

    /// <summary>Adds every engagement figure of <paramref name="index"/> to <paramref name="sink"/>.</summary>
    public static void Compute(CommunityIndex index, double? expectedEventsPerMonth, Observations sink)
    {
        var months = index.Months;
        var activity = index.Activity;
        for (var m = 0; m < months.Count; m++)
        {
            var period = months.Key(m);
            var events = activity.Events.Where(e => months.IndexOf(e.Start) == m).ToList();
            sink.Add(Indicator.ActivitiesHeld, "events", period, events.Count, "count");
            foreach (var format in events.Where(e => e.Format is not null).GroupBy(e => e.Format!.Key))
            {
                sink.Add(Indicator.ActivitiesHeld.Key, "events-" + format.Key, period, null, null, format.Count(), "count");
            }

            if (expectedEventsPerMonth is > 0)
            {
                sink.Add(Indicator.ActivitiesHeld, "cadence-kept", period, events.Count / expectedEventsPerMonth.Value, "ratio");
            }

            Participation(index, m, period, sink);
            Contributions(index, m, period, sink);
            Uptake(index, m, period, sink);
            Membership(index, m, period, sink);
            sink.Add(Indicator.KnowledgeProducts, "created", period, activity.Products.Count(p => months.IndexOf(p.Created) == m), "count");
        }

        WholeLife(index, sink);
    }

    private static void Participation(CommunityIndex index, int m, string period, Observations sink)
    {
        var members = index.MembersByMonth[m];
        var active = index.ActiveByMonth[m];
        sink.Add(Indicator.ParticipationRate, "participation-rate", period, Observations.Ratio(members.Count(active.Contains), members.Count), "ratio");
        sink.Add(Indicator.ParticipationRate, "active-members", period, members.Count(active.Contains), "people");
        foreach (var (dimension, of) in Breakdowns(index))
        {
            foreach (var group in members.GroupBy(of).Where(g => g.Key is not null))
            {
                sink.Add(Indicator.ParticipationRate, "participation-rate", period, dimension, group.Key!,
                    Observations.Ratio(group.Count(active.Contains), group.Count()), "ratio");
            }
        }
    }

    private static void Contributions(CommunityIndex index, int m, string period, Observations sink)
    {
        var posts = index.Activity.Posts.Where(p => index.Months.IndexOf(p.Created) == m).ToList();
        sink.Add(Indicator.Contributions, "posts", period, posts.Count, "count");
        sink.Add(Indicator.Contributions, "topics", period, posts.Count(p => p.IsTopic), "count");
        sink.Add(Indicator.Contributions, "replies", period, posts.Count(p => !p.IsTopic), "count");
        sink.Add(Indicator.Contributions, "contributors", period, posts.Select(p => p.AuthorId).Distinct().Count(), "people");
        foreach (var (dimension, of) in Breakdowns(index))
        {
            foreach (var group in posts.GroupBy(p => of(p.AuthorId)).Where(g => g.Key is not null))
            {
                sink.Add(Indicator.Contributions, "posts", period, dimension, group.Key!, group.Count(), "count");
            }
        }
    }

    private static void Uptake(CommunityIndex index, int m, string period, Observations sink)
    {
        var uses = index.Activity.ProductActivities.Where(a => index.Months.IndexOf(a.At) == m).ToList();
        sink.Add(Indicator.ResourceUptake, "distinct-users", period, uses.Select(u => u.ActorId).Distinct().Count(), "people");
        sink.Add(Indicator.ResourceUptake, "views", period, uses.Count(u => u.Action == Activity.ProductAction.View), "count");
        sink.Add(Indicator.ResourceUptake, "edits", period, uses.Count(u => u.Action == Activity.ProductAction.Edit), "count");
        foreach (var (dimension, of) in Breakdowns(index))
        {
            foreach (var group in uses.Select(u => u.ActorId).Distinct().GroupBy(of).Where(g => g.Key is not null))
            {
                sink.Add(Indicator.ResourceUptake, "distinct-users", period, dimension, group.Key!, group.Count(), "people");
            }
        }
    }

    private static void Membership(CommunityIndex index, int m, string period, Observations sink)
    {
        var months = index.Months;
        var memberships = index.Activity.Memberships;
        var joins = memberships.Count(s => months.IndexOf(s.Joined) == m);
        var leaves = memberships.Count(s => s.Left is { } left && months.IndexOf(left) == m);
        // The snapshot's own month ends at the snapshot: someone who joined at that very moment is a member.
        var end = months.End(m);
        var atEnd = memberships.Where(s => (end == months.AsOf ? s.Joined <= end : s.Joined < end) && (s.Left is null || s.Left > end || (end != months.AsOf && s.Left == end)))
            .Select(s => s.PersonId).ToHashSet();
        var atStart = memberships.Where(s => s.Joined < months.Start(m) && (s.Left is null || s.Left >= months.Start(m))).Select(s => s.PersonId).ToHashSet();
        sink.Add(Indicator.MembershipGrowth, "members", period, atEnd.Count, "members");
        sink.Add(Indicator.MembershipGrowth, "joins", period, joins, "members");
        sink.Add(Indicator.MembershipGrowth, "leaves", period, leaves, "members");
        sink.Add(Indicator.MembershipGrowth, "retention", period, Observations.Ratio(atStart.Count(atEnd.Contains), atStart.Count), "ratio");
        foreach (var (dimension, of) in Breakdowns(index))
        {
            foreach (var group in atEnd.GroupBy(of).Where(g => g.Key is not null))
            {
                sink.Add(Indicator.MembershipGrowth, "members", period, dimension, group.Key!, group.Count(), "members");
            }
        }
    }

    private static void WholeLife(CommunityIndex index, Observations sink)
    {
        var activity = index.Activity;
        var months = index.Months;
        var inRange = activity.Events.Where(e => months.IndexOf(e.Start) >= 0).ToList();
        sink.Add(Indicator.ActivitiesHeld, "events", Periods.All, inRange.Count, "count");
        var products = activity.Products.Where(p => months.IndexOf(p.Created) >= 0).ToList();
        sink.Add(Indicator.KnowledgeProducts, "created", Periods.All, products.Count, "count");
        var readers = activity.ProductActivities.Where(a => months.IndexOf(a.At) >= 0)
            .GroupBy(a => a.ProductId).ToDictionary(g => g.Key, g => g.Select(a => a.ActorId).Distinct().ToList(), StringComparer.Ordinal);
        var reach = products.Select(p => readers.GetValueOrDefault(p.Id) ?? []).ToList();
        sink.Add(Indicator.KnowledgeProducts, "disseminated", Periods.All, reach.Count(r => r.Count >= DisseminationReach), "count");
        sink.Add(Indicator.KnowledgeProducts, "reached-two-units", Periods.All, reach.Count(r => r.Select(index.UnitOf).OfType<string>().Distinct().Count() >= 2), "count");
        sink.Add(Indicator.KnowledgeProducts, "reached-two-countries", Periods.All, reach.Count(r => r.Select(index.CountryOf).OfType<string>().Distinct().Count() >= 2), "count");
        var allMembers = activity.Memberships.Where(s => s.Joined <= months.AsOf).Select(s => s.PersonId).ToHashSet();
        var everActive = index.ActiveByMonth.SelectMany(a => a).ToHashSet();
        sink.Add(Indicator.ParticipationRate, "ever-active", Periods.All, Observations.Ratio(allMembers.Count(everActive.Contains), allMembers.Count), "ratio");
        sink.Add(Indicator.Contributions, "posts", Periods.All, activity.Posts.Count(p => months.IndexOf(p.Created) >= 0), "count");
        sink.Add(Indicator.ResourceUptake, "distinct-users", Periods.All, readers.Values.SelectMany(r => r).Distinct().Count(), "people");
    }

    internal static IEnumerable<(string Dimension, Func<string, string?> Of)> Breakdowns(CommunityIndex index) =>
        [(Dimensions.Unit, index.UnitOf), (Dimensions.Country, index.CountryOf)];
}
