using CopSites.Indicators.Metrics;
using CopSites.Indicators.Network;

namespace CopSites.Indicators.Recognition;

/// <summary>
/// Spotlights and milestones (guide §5: recognition, staff visibility). Contributors are the most active in the last
/// three months (posts, presentations and hosting, products authored); connectors come from the network analysis;
/// products that spread are those used by the most other units and countries. At most three of each, never a full
/// ranking, never anyone singled out for doing little.
/// </summary>
public static class RecognitionFinder
{
    /// <summary>How many of each kind of spotlight the page shows.</summary>
    public const int PerKind = 3;

    private static readonly int[] MemberMilestones = [10, 25, 50, 100, 250, 500, 1000, 2500, 5000];
    private static readonly int[] PostMilestones = [100, 500, 1000, 5000];

    /// <summary>The spotlights of <paramref name="index"/>.</summary>
    public static IReadOnlyList<Spotlight> Spotlights(CommunityIndex index, NetworkFindings network)
    {
        var months = index.Months;
        var activity = index.Activity;
        var since = months.Start(Math.Max(0, months.Count - 3));
        var score = new Dictionary<string, (int Posts, int Sessions, int Products)>(StringComparer.Ordinal);
        void Add(string person, int posts = 0, int sessions = 0, int products = 0)
        {
            var s = score.GetValueOrDefault(person);
            score[person] = (s.Posts + posts, s.Sessions + sessions, s.Products + products);
        }

        foreach (var p in activity.Posts.Where(p => p.Created >= since && p.Created <= months.AsOf))
        {
            Add(p.AuthorId, posts: 1);
        }

        foreach (var e in activity.Events.Where(e => e.Start >= since && e.Start <= months.AsOf))
        {
            foreach (var person in e.Presenters.Concat(e.Hosts).Distinct(StringComparer.Ordinal))
            {
                Add(person, sessions: 1);
            }
        }

        foreach (var product in activity.Products.Where(p => p.Created >= since && p.Created <= months.AsOf))
        {
            foreach (var author in product.CoAuthorIds.Prepend(product.AuthorId).Distinct(StringComparer.Ordinal))
            {
                Add(author, products: 1);
            }
        }

        var spotlights = new List<Spotlight>();
        spotlights.AddRange(score.OrderByDescending(s => s.Value.Posts + (3 * s.Value.Sessions) + (5 * s.Value.Products)).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(PerKind).Select(s => new Spotlight(SpotlightKind.Contributor, s.Key, null, Describe(s.Value))));
        spotlights.AddRange(network.Connectors.Take(PerKind).Select(c => new Spotlight(SpotlightKind.Connector, c.PersonId, null, Capitalise(c.Reason) + ".")));
        var products = activity.Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        spotlights.AddRange(activity.ProductActivities.Where(a => a.At <= months.AsOf && products.ContainsKey(a.ProductId))
            .GroupBy(a => a.ProductId)
            .Select(g => (Product: products[g.Key],
                Units: g.Select(a => index.UnitOf(a.ActorId)).OfType<string>().Where(u => u != index.UnitOf(products[g.Key].AuthorId)).Distinct().Count(),
                Countries: g.Select(a => index.CountryOf(a.ActorId)).OfType<string>().Where(c => c != index.CountryOf(products[g.Key].AuthorId)).Distinct().Count()))
            .Where(p => p.Units + p.Countries > 0)
            .OrderByDescending(p => p.Units + p.Countries).ThenBy(p => p.Product.Title, StringComparer.Ordinal).Take(PerKind)
            .Select(p => new Spotlight(SpotlightKind.ProductThatSpread, p.Product.AuthorId, p.Product.Title,
                $"Used in {p.Units} other unit{(p.Units == 1 ? "" : "s")} and {p.Countries} other countr{(p.Countries == 1 ? "y" : "ies")}.")));
        return spotlights;
    }

    /// <summary>The milestones reached, oldest first.</summary>
    public static IReadOnlyList<Milestone> Milestones(CommunityIndex index)
    {
        var months = index.Months;
        var activity = index.Activity;
        var found = new List<Milestone>();
        var reached = 0;
        var posts = 0;
        var products = activity.Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var firstAbroad = activity.ProductActivities.Where(a => a.At <= months.AsOf && products.TryGetValue(a.ProductId, out var p)
                && index.CountryOf(a.ActorId) is { } c && index.CountryOf(p.AuthorId) is { } home && c != home)
            .OrderBy(a => a.At).FirstOrDefault();
        for (var m = 0; m < months.Count; m++)
        {
            var members = index.MembersByMonth[m].Count;
            foreach (var milestone in MemberMilestones.Where(x => x > reached && x <= members))
            {
                found.Add(new Milestone(months.Key(m), $"The community reached {milestone:N0} members."));
            }

            reached = Math.Max(reached, members);
            var before = posts;
            posts += activity.Posts.Count(p => months.IndexOf(p.Created) == m);
            foreach (var milestone in PostMilestones.Where(x => x > before && x <= posts))
            {
                found.Add(new Milestone(months.Key(m), $"The {milestone:N0}th forum contribution."));
            }

            if (firstAbroad is not null && months.IndexOf(firstAbroad.At) == m)
            {
                found.Add(new Milestone(months.Key(m), $"'{products[firstAbroad.ProductId].Title}' was first used in another country."));
            }
        }

        return found;
    }

    private static string Describe((int Posts, int Sessions, int Products) s)
    {
        var parts = new List<string>();
        if (s.Products > 0)
        {
            parts.Add($"{s.Products} knowledge product{(s.Products == 1 ? "" : "s")}");
        }

        if (s.Sessions > 0)
        {
            parts.Add($"{s.Sessions} session{(s.Sessions == 1 ? "" : "s")} presented or hosted");
        }

        if (s.Posts > 0)
        {
            parts.Add($"{s.Posts} forum contribution{(s.Posts == 1 ? "" : "s")}");
        }

        return "In the last three months: " + string.Join(", ", parts) + ".";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
