using CopSites.Domain;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Metrics;
using CopSites.Indicators.Reporting;
using static CopSites.Indicators.Tests.Metrics.Community;

namespace CopSites.Indicators.Tests.Metrics;

/// <summary>Engagement, perception, results and responsiveness figures of a hand-counted CoP.</summary>
public class EngagementMetricsTests
{
    private static Community Sample() => new Community()
        .Member("ana", "Water", "BR", Day(1, 2), lead: true)
        .Member("ben", "Water", "AR", Day(1, 5))
        .Member("cai", "Energy", "BR", Day(2, 10))
        .Member("dia", "Energy", "MX", Day(2, 20), left: Day(3, 15))
        .Event("e1", Day(1, 20), EventFormat.PeerClinic, ["ana"], ["ben"], ["ana", "ben"])
        .Event("e2", Day(2, 25), EventFormat.FlashTalk, ["ana"], ["cai"], ["ana", "cai", "dia"])
        .Event("future", Day(6, 1), EventFormat.FlashTalk, ["ana"], [], ["ana"])
        .Topic("t1", "cai", Day(2, 11), question: true)
        .Reply("r1", "t1", "ben", "cai", Day(2, 11, 15))
        .Topic("t2", "ben", Day(3, 1), question: true)
        .Product("p1", "ana", Day(1, 25))
        .Use("p1", "cai", Day(2, 26))
        .Use("p1", "dia", Day(3, 2))
        .Use("p1", "ben", Day(3, 3, 10), ProductAction.Edit);

    private static IReadOnlyList<IndicatorObservation> Rows(Community community, DateTimeOffset asOf, double? cadence = null)
    {
        var index = CommunityIndex.Of(community.AsOf(asOf));
        var sink = new Observations();
        EngagementMetrics.Compute(index, cadence, sink);
        PerceptionMetrics.Compute(index, sink);
        ResultsMetrics.Compute(index, sink);
        ResponsivenessMetrics.Compute(index, sink);
        return sink.Rows;
    }

    private static double? Value(IReadOnlyList<IndicatorObservation> rows, string measure, string period, string? dimension = null, string? value = null) =>
        rows.SingleOrDefault(r => r.Measure == measure && r.Period == period && r.Dimension == dimension && r.DimensionValue == value)?.Value;

    [Fact]
    public void Months_RunFromTheFirstMemberToTheSnapshot_AndTheFutureIsNotCounted()
    {
        var rows = Rows(Sample(), Day(3, 20));

        rows.Select(r => r.Period).Distinct().Order().ShouldBe(["2026-01", "2026-02", "2026-03", "all"]);
        Value(rows, "events", "2026-01").ShouldBe(1);
        Value(rows, "events", "2026-02").ShouldBe(1);
        Value(rows, "events", "2026-03").ShouldBe(0);
        Value(rows, "events", Periods.All).ShouldBe(2); // the June event has not happened
        Value(rows, "events-peer-clinic", "2026-01").ShouldBe(1);
    }

    [Fact]
    public void ParticipationRate_IsActiveMembersOverMembers_ByMonthUnitAndCountry()
    {
        var rows = Rows(Sample(), Day(3, 20));

        // January: ana and ben are members, both attended e1.
        Value(rows, "participation-rate", "2026-01").ShouldBe(1);
        // February: ana, ben, cai, dia members; ana, cai, dia (e2), cai (topic), ben (reply), cai (use) → all four.
        Value(rows, "participation-rate", "2026-02").ShouldBe(1);
        // March: ana, ben, cai, dia (left 15th) members; active: ben (topic t2, edit), dia (use) → 2 of 4.
        Value(rows, "participation-rate", "2026-03").ShouldBe(0.5);
        Value(rows, "participation-rate", "2026-03", Dimensions.Unit, "Energy").ShouldBe(0.5);
        Value(rows, "participation-rate", "2026-03", Dimensions.Country, "AR").ShouldBe(1);
    }

    [Fact]
    public void Membership_JoinsLeavesMembersAndRetention()
    {
        var rows = Rows(Sample(), Day(3, 20));

        Value(rows, "joins", "2026-02").ShouldBe(2);
        Value(rows, "members", "2026-02").ShouldBe(4);
        Value(rows, "leaves", "2026-03").ShouldBe(1);
        Value(rows, "members", "2026-03").ShouldBe(3);
        Value(rows, "retention", "2026-03").ShouldBe(0.75);
        // January began with nobody: no retention figure rather than 0.
        Value(rows, "retention", "2026-01").ShouldBeNull();
    }

    [Fact]
    public void ContributionsUptakeAndReuse()
    {
        var rows = Rows(Sample(), Day(3, 20));

        Value(rows, "posts", "2026-02").ShouldBe(2);
        Value(rows, "replies", "2026-02").ShouldBe(1);
        Value(rows, "distinct-users", "2026-03").ShouldBe(2);
        Value(rows, "edits", "2026-03").ShouldBe(1);
        // p1 is ana's (Water, BR): cai (Energy, BR) and dia (Energy, MX) used it from another unit, dia from another country.
        Value(rows, "units-reusing", Periods.All).ShouldBe(1);
        Value(rows, "countries-reusing", Periods.All).ShouldBe(2);
        Value(rows, "products-spread-units", Periods.All).ShouldBe(1);
        Value(rows, "reached-two-units", Periods.All).ShouldBe(1);
        Value(rows, "disseminated", Periods.All).ShouldBe(0); // 3 readers, fewer than 5
    }

    [Fact]
    public void Responsiveness_FirstReplyHoursAndUnansweredQuestions()
    {
        var rows = Rows(Sample(), Day(3, 20));

        Value(rows, "median-first-reply-hours-questions", "2026-02").ShouldBe(6);
        Value(rows, "unanswered-questions", "2026-03").ShouldBe(1);
        Value(rows, "questions", Periods.All).ShouldBe(2);
        // cai joined 10 Feb and opened t1 the next day: a newcomer's first post, answered after 6 hours.
        Value(rows, "newcomer-first-posts", "2026-02").ShouldBe(1);
        Value(rows, "median-first-reply-hours-newcomers", "2026-02").ShouldBe(6);
        Value(rows, "median-first-reply-hours-questions", "2026-03").ShouldBeNull();
    }

    [Fact]
    public void VoluntaryEngagement_CountsPresentersWhoAreNotLeads_AndCadenceIsKeptAgainstTheCharter()
    {
        var rows = Rows(Sample(), Day(3, 20), cadence: 2);

        Value(rows, "volunteers", Periods.All).ShouldBe(2); // ben and cai presented; ana is the lead
        Value(rows, "cadence-kept", "2026-01").ShouldBe(0.5);
    }

    [Fact]
    public void PulseAverages_AndResponseRate_AndStories()
    {
        var community = Sample();
        community.Pulse.Add(new PulseResponse("q1", "ben", Day(2, 27), 5, 4, 3, 4));
        community.Pulse.Add(new PulseResponse("q2", "cai", Day(2, 28), 3, null, 5, 2));
        community.Stories.Add(new Story("s1", "Faster permits", StoryKind.SuccessStory, "Water", Day(3, 1), null, ["p1"]));
        community.Stories.Add(new Story("s2", "Thanks!", StoryKind.Testimonial, null, Day(2, 1), null, []));

        var rows = Rows(community, Day(3, 20));

        Value(rows, "relevance", "2026-02").ShouldBe(4);
        Value(rows, "usefulness", "2026-02").ShouldBe(4); // the unanswered question does not count as 0
        Value(rows, "perceived-impact", Periods.All).ShouldBe(3);
        Value(rows, "response-rate", "2026-02").ShouldBe(0.5);
        Value(rows, "response-rate", "2026-01").ShouldBeNull();
        Value(rows, "success-stories", "2026-03").ShouldBe(1);
        Value(rows, "testimonials", Periods.All).ShouldBe(1);
    }

    [Fact]
    public void EmptyAndOneMemberCommunities_GiveFiguresWithoutNaN()
    {
        var empty = Rows(new Community(), Day(3, 20));
        var one = Rows(new Community().Member("solo", null, null, Day(3, 1)), Day(3, 20));

        empty.ShouldAllBe(r => double.IsFinite(r.Value));
        one.ShouldAllBe(r => double.IsFinite(r.Value));
        Value(one, "participation-rate", "2026-03").ShouldBe(0);
        Value(empty, "participation-rate", "2026-03").ShouldBeNull();
    }

    [Fact]
    public void UnknownPeopleInEvents_StillCountAsActivity_WithoutAUnit()
    {
        var community = Sample().Event("e3", Day(3, 5), null, ["ghost"], [], ["ghost", "ana"]);

        var rows = Rows(community, Day(3, 20));

        Value(rows, "events", "2026-03").ShouldBe(1);
        Value(rows, "participation-rate", "2026-03").ShouldBe(0.75); // ana now active; ghost is not a member
        rows.ShouldNotContain(r => r.DimensionValue == null && r.Dimension != null);
    }
}
