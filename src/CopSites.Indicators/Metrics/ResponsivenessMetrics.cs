using CopSites.Domain;
using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Metrics;

/// <summary>
/// How the forum answers (part of contributions): hours to the first reply by someone else, for questions and for
/// newcomers' first posts (their first post within 90 days of joining), and questions still unanswered.
/// </summary>
public static class ResponsivenessMetrics
{
    /// <summary>How long after joining a first post counts as a newcomer's.</summary>
    public static readonly TimeSpan NewcomerWindow = TimeSpan.FromDays(90);

    /// <summary>Adds the responsiveness figures of <paramref name="index"/> to <paramref name="sink"/>, by the month the topic was opened.</summary>
    public static void Compute(CommunityIndex index, Observations sink)
    {
        var months = index.Months;
        var activity = index.Activity;
        var posts = activity.Posts.Where(p => p.Created <= months.AsOf).ToList();
        var firstReply = posts.Where(p => !p.IsTopic).GroupBy(p => p.TopicId)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var joined = activity.Memberships.GroupBy(s => s.PersonId).ToDictionary(g => g.Key, g => g.Min(s => s.Joined), StringComparer.Ordinal);
        var firstPostOf = posts.GroupBy(p => p.AuthorId).ToDictionary(g => g.Key, g => g.MinBy(p => p.Created)!, StringComparer.Ordinal);
        var topics = posts.Where(p => p.IsTopic).ToList();
        for (var m = -1; m < months.Count; m++)
        {
            var period = m < 0 ? Periods.All : months.Key(m);
            var opened = topics.Where(t => m < 0 ? months.IndexOf(t.Created) >= 0 : months.IndexOf(t.Created) == m).ToList();
            var questions = opened.Where(t => t.IsQuestion).ToList();
            sink.Add(Indicator.Contributions, "questions", period, questions.Count, "count");
            sink.Add(Indicator.Contributions, "median-first-reply-hours-questions", period, Observations.Median(Hours(questions, firstReply)), "hours");
            sink.Add(Indicator.Contributions, "unanswered-questions", period,
                questions.Count(q => !(firstReply.GetValueOrDefault(q.Id)?.Any(r => r.AuthorId != q.AuthorId) ?? false)), "count");
            var newcomers = opened.Where(t => firstPostOf.GetValueOrDefault(t.AuthorId)?.Id == t.Id
                && joined.TryGetValue(t.AuthorId, out var j) && t.Created - j <= NewcomerWindow && t.Created >= j).ToList();
            sink.Add(Indicator.Contributions, "newcomer-first-posts", period, newcomers.Count, "count");
            sink.Add(Indicator.Contributions, "median-first-reply-hours-newcomers", period, Observations.Median(Hours(newcomers, firstReply)), "hours");
        }
    }

    private static List<double> Hours(IEnumerable<ForumPost> topics, IReadOnlyDictionary<string, List<ForumPost>> replies) =>
        topics.Select(t => replies.GetValueOrDefault(t.Id)?.Where(r => r.AuthorId != t.AuthorId && r.Created >= t.Created).MinBy(r => r.Created))
            .Zip(topics, (reply, topic) => reply is null ? (double?)null : (reply.Created - topic.Created).TotalHours)
            .OfType<double>().ToList();
}
