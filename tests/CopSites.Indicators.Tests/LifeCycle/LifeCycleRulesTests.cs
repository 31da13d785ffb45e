using CopSites.Domain;
using CopSites.Indicators.Activity;
using CopSites.Indicators.LifeCycle;
using CopSites.Indicators.Metrics;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Simulation;

namespace CopSites.Indicators.Tests.LifeCycle;

/// <summary>Life-cycle rules with hysteresis: one quiet month is not a decline, two are; the running month is never judged.</summary>
public class LifeCycleRulesTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly CommunitySite Site = new("c", "C", new Uri("http://127.0.0.1/sites/c"));

    private static CommunityActivity Healthy() => CommunityLifeGenerator.Generate(Site, AsOf, SimulationSettings.For(120, 12, 6000, LifeProfile.GrowthThenPlateau, 11));

    // Everything recorded from `from` on disappears (a silent community), memberships kept.
    private static CommunityActivity SilentFrom(CommunityActivity a, DateTimeOffset from) => a with
    {
        Posts = a.Posts.Where(p => p.Created < from).ToList(),
        Events = a.Events.Where(e => e.Start < from).ToList(),
        Products = a.Products.Where(p => p.Created < from).ToList(),
        ProductActivities = a.ProductActivities.Where(u => u.At < from).ToList(),
        PulseResponses = a.PulseResponses.Where(r => r.At < from).ToList(),
    };

    [Fact]
    public void OneSilentMonth_DoesNotChangeTheStage_ButSaysWhereTheFiguresPoint()
    {
        var before = LifeCycleRules.Assess(CommunityIndex.Of(Healthy()), null);
        var quiet = LifeCycleRules.Assess(CommunityIndex.Of(SilentFrom(Healthy(), new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero))), null);

        quiet.Stage.ShouldBe(before.Stage);
        quiet.Stage.ShouldNotBe(LifeCycleStage.DivisionOrDecline);
        quiet.Evidence.ShouldContain(e => e.Contains("point to division or decline", StringComparison.Ordinal) && e.Contains("2 months in a row", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoSilentMonths_AreADecline_WithTheEvidence()
    {
        var silent = LifeCycleRules.Assess(CommunityIndex.Of(SilentFrom(Healthy(), new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero))), null);

        silent.Stage.ShouldBe(LifeCycleStage.DivisionOrDecline);
        silent.Evidence.ShouldContain(e => e.Contains("not a failure", StringComparison.Ordinal));
        silent.ByMonth["2026-08"].ShouldNotBe(LifeCycleStage.DivisionOrDecline);
    }

    [Fact]
    public void TheRunningMonth_IsNotJudged()
    {
        // Silence only in November (the snapshot's month, 20 days in): still the stage of October.
        var assessment = LifeCycleRules.Assess(CommunityIndex.Of(SilentFrom(Healthy(), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))), null);

        assessment.ByMonth["2026-11"].ShouldBe(assessment.ByMonth["2026-10"]);
        assessment.Evidence.ShouldNotContain(e => e.Contains("2026-11", StringComparison.Ordinal));
    }

    [Fact]
    public void Trend_ComparesTheLastThreeCompleteMonthsWithTheThreeBefore()
    {
        LifeCycleRules.Trend([10, 10, 10, 10, 10, 10, 99], 5).ShouldBe(ActivityTrend.Steady);
        LifeCycleRules.Trend([10, 10, 10, 20, 20, 20, 0], 5).ShouldBe(ActivityTrend.Rising);
        LifeCycleRules.Trend([10, 10, 10, 5, 5, 5], 5).ShouldBe(ActivityTrend.Falling);
        LifeCycleRules.Trend([10, 10, 10], 2).ShouldBe(ActivityTrend.Unknown);
    }

    [Fact]
    public void ANewCommunity_IsInIdeationThenInitiation()
    {
        var tiny = CommunityLifeGenerator.Generate(Site, AsOf, SimulationSettings.For(2, 1, 10, LifeProfile.GrowthThenPlateau, 1));

        LifeCycleRules.Assess(CommunityIndex.Of(tiny), null).Stage.ShouldBe(LifeCycleStage.Ideation);
        LifeCycleRules.Assess(CommunityIndex.Of(tiny), LifeCycleStage.Initiation).Stage.ShouldBe(LifeCycleStage.Initiation);
    }
}
