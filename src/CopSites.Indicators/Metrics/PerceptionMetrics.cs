using CopSites.Domain;

namespace CopSites.Indicators.Metrics;

/// <summary>
/// Perception and value (guide §3.7): pulse-check averages (relevance, usefulness, connection, perceived impact) and
/// response rate, testimonials, and voluntary engagement (members who present, host or co-author without being leads).
/// </summary>
public static class PerceptionMetrics
{
    /// <summary>Adds every perception figure of <paramref name="index"/> to <paramref name="sink"/>.</summary>
    public static void Compute(CommunityIndex index, Observations sink)
    {
        var months = index.Months;
        var activity = index.Activity;
        for (var m = -1; m < months.Count; m++)
        {
            var period = m < 0 ? Periods.All : months.Key(m);
            bool In(DateTimeOffset at) => m < 0 ? months.IndexOf(at) >= 0 : months.IndexOf(at) == m;
            var responses = activity.PulseResponses.Where(r => In(r.At)).ToList();
            sink.Add(Indicator.SurveyFeedback, "responses", period, responses.Count, "count");
            sink.Add(Indicator.SurveyFeedback, "relevance", period, Observations.Mean(responses.Select(r => r.Relevance)), "score");
            sink.Add(Indicator.SurveyFeedback, "usefulness", period, Observations.Mean(responses.Select(r => r.Usefulness)), "score");
            sink.Add(Indicator.SurveyFeedback, "connection", period, Observations.Mean(responses.Select(r => r.Connection)), "score");
            sink.Add(Indicator.PerceivedImpact, "perceived-impact", period, Observations.Mean(responses.Select(r => r.PerceivedImpact)), "score");
            if (m >= 0)
            {
                var respondents = responses.Select(r => r.RespondentId).OfType<string>().Distinct().Count();
                sink.Add(Indicator.SurveyFeedback, "response-rate", period, responses.Count == 0 ? null : Observations.Ratio(respondents, index.MembersByMonth[m].Count), "ratio");
            }

            sink.Add(Indicator.Testimonials, "testimonials", period, activity.Stories.Count(s => s.Kind == StoryKind.Testimonial && In(s.Date)), "count");
            var volunteers = activity.Events.Where(e => In(e.Start)).SelectMany(e => e.Presenters.Concat(e.Hosts))
                .Concat(activity.Products.Where(p => In(p.Created)).SelectMany(p => p.CoAuthorIds.Prepend(p.AuthorId)))
                .Where(p => !index.Leads.Contains(p)).Distinct(StringComparer.Ordinal).Count();
            sink.Add(Indicator.VoluntaryEngagement, "volunteers", period, volunteers, "people");
        }
    }
}
