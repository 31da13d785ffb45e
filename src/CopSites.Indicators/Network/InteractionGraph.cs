using CopSites.Indicators.Activity;
using CopSites.Indicators.Network.Graphs;

namespace CopSites.Indicators.Network;

/// <summary>
/// The weighted interaction graph of a CoP over a time window: a reply ties its author to the author replied to
/// (weight 1); a session of at most <see cref="SmallSession"/> people (a clinic, a roundtable) ties everyone in it
/// (weight 1 / (people − 1), so each person's session counts 1 in all), while in a larger one (a webinar) attendees
/// are tied only to its presenters and hosts, since sitting in the same audience is not an interaction; using a
/// colleague's knowledge product ties the user to its authors (weight 1 per use). Everyone who was a member in the
/// window is a node, tied or not.
/// </summary>
public static class InteractionGraph
{
    /// <summary>The largest session whose participants all count as interacting with each other.</summary>
    public const int SmallSession = 30;

    /// <summary>The graph of interactions dated in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static WeightedGraph Build(CommunityActivity activity, DateTimeOffset from, DateTimeOffset to)
    {
        var builder = new GraphBuilder();
        bool In(DateTimeOffset at) => at >= from && at < to;
        foreach (var membership in activity.Memberships.Where(s => s.Joined < to && (s.Left is null || s.Left >= from)))
        {
            builder.AddNode(membership.PersonId);
        }

        foreach (var post in activity.Posts.Where(p => In(p.Created) && p.RepliedToAuthorId is not null))
        {
            builder.AddEdge(post.AuthorId, post.RepliedToAuthorId!);
        }

        foreach (var e in activity.Events.Where(e => In(e.Start)))
        {
            var people = e.Hosts.Concat(e.Presenters).Concat(e.Attendees).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).ToArray();
            if (people.Length < 2)
            {
                continue;
            }

            if (people.Length <= SmallSession)
            {
                var weight = 1.0 / (people.Length - 1);
                for (var i = 0; i < people.Length; i++)
                {
                    for (var j = i + 1; j < people.Length; j++)
                    {
                        builder.AddEdge(people[i], people[j], weight);
                    }
                }

                continue;
            }

            var speakers = e.Presenters.Concat(e.Hosts).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var attendee in people.Except(speakers, StringComparer.Ordinal))
            {
                foreach (var speaker in speakers)
                {
                    builder.AddEdge(attendee, speaker, 1.0 / speakers.Length);
                }
            }
        }

        var authors = activity.Products.ToDictionary(p => p.Id, p => p.CoAuthorIds.Prepend(p.AuthorId).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        foreach (var use in activity.ProductActivities.Where(a => In(a.At)))
        {
            foreach (var author in authors.GetValueOrDefault(use.ProductId) ?? [])
            {
                builder.AddEdge(use.ActorId, author);
            }
        }

        return builder.Build();
    }

    /// <summary>Directed reply ties (author → author replied to) in the window, for reciprocity.</summary>
    public static IEnumerable<(string From, string To)> ReplyTies(CommunityActivity activity, DateTimeOffset from, DateTimeOffset to) =>
        activity.Posts.Where(p => p.Created >= from && p.Created < to && p.RepliedToAuthorId is not null).Select(p => (p.AuthorId, p.RepliedToAuthorId!));
}
