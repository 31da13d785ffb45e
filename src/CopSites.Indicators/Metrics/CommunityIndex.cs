using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Metrics;

/// <summary>
/// A CoP's activity arranged for counting: the months, who was a member and who was active in each, every person's
/// unit and country. Built once per run in one pass over each collection; records naming people the snapshot does not
/// know still count as activity but have no unit or country.
/// </summary>
public sealed class CommunityIndex
{
    private CommunityIndex(CommunityActivity activity, MonthRange months)
    {
        Activity = activity;
        Months = months;
        MembersByMonth = Enumerable.Range(0, months.Count).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        ActiveByMonth = Enumerable.Range(0, months.Count).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();

        foreach (var membership in activity.Memberships)
        {
            if (membership.IsLead)
            {
                Leads.Add(membership.PersonId);
            }

            var (from, to) = (MonthOrEdge(months, membership.Joined), membership.Left is { } left ? MonthOrEdge(months, left) : months.Count - 1);
            if (membership.Joined > months.AsOf)
            {
                continue; // a join dated in the future has not happened
            }

            for (var m = Math.Max(0, from); m <= Math.Min(to, months.Count - 1); m++)
            {
                MembersByMonth[m].Add(membership.PersonId);
            }
        }

        foreach (var post in activity.Posts)
        {
            Active(post.AuthorId, post.Created);
        }

        foreach (var e in activity.Events)
        {
            foreach (var person in e.Hosts.Concat(e.Presenters).Concat(e.Attendees))
            {
                Active(person, e.Start);
            }
        }

        foreach (var product in activity.Products)
        {
            foreach (var author in product.CoAuthorIds.Prepend(product.AuthorId))
            {
                Active(author, product.Created);
            }
        }

        foreach (var use in activity.ProductActivities)
        {
            Active(use.ActorId, use.At);
        }

        foreach (var response in activity.PulseResponses)
        {
            if (response.RespondentId is { } respondent)
            {
                Active(respondent, response.At);
            }
        }
    }

    /// <summary>The activity indexed.</summary>
    public CommunityActivity Activity { get; }

    /// <summary>The CoP's months.</summary>
    public MonthRange Months { get; }

    /// <summary>Who was a member at any time during each month.</summary>
    public IReadOnlyList<HashSet<string>> MembersByMonth { get; }

    /// <summary>Who did anything recorded (posted, attended, presented, hosted, authored, viewed or edited, answered a pulse check) in each month.</summary>
    public IReadOnlyList<HashSet<string>> ActiveByMonth { get; }

    /// <summary>Everyone who has led the CoP.</summary>
    public HashSet<string> Leads { get; } = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="activity"/>.</summary>
    public static CommunityIndex Of(CommunityActivity activity)
    {
        var dates = activity.Memberships.Select(m => m.Joined)
            .Concat(activity.Events.Select(e => e.Start))
            .Concat(activity.Posts.Select(p => p.Created))
            .Concat(activity.Products.Select(p => p.Created))
            .Where(d => d <= activity.AsOf);
        var first = dates.DefaultIfEmpty(activity.AsOf).Min();
        return new CommunityIndex(activity, new MonthRange(first, activity.AsOf));
    }

    /// <summary>The unit of <paramref name="personId"/>, when known.</summary>
    public string? UnitOf(string personId) => Activity.People.TryGetValue(personId, out var p) ? Blank(p.Unit) : null;

    /// <summary>The country of <paramref name="personId"/>, when known.</summary>
    public string? CountryOf(string personId) => Activity.People.TryGetValue(personId, out var p) ? Blank(p.Country) : null;

    // Before the first month: 0; after the snapshot: the last month; else the month itself.
    private static int MonthOrEdge(MonthRange months, DateTimeOffset at) =>
        at > months.AsOf ? months.Count - 1 : Math.Max(0, months.IndexOf(at) is var m && m >= 0 ? m : 0);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Active(string personId, DateTimeOffset at)
    {
        var month = Months.IndexOf(at);
        if (month >= 0 && !string.IsNullOrEmpty(personId))
        {
            ActiveByMonth[month].Add(personId);
        }
    }
}
