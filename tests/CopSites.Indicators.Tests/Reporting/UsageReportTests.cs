using CopSites.Domain;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Network;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Simulation;

namespace CopSites.Indicators.Tests.Reporting;

/// <summary>The whole report of a simulated year: stages, every indicator on the page, safe HTML, recognition without ranking.</summary>
public class UsageReportTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly CommunitySite Site = new("urban-mobility", "Urban Mobility CoP", new Uri("http://127.0.0.1/sites/urban-mobility"));
    private readonly UsageReportBuilder _builder = new(new CommunityNetworkAnalysis());

    private static CommunityActivity Year(LifeProfile profile, int seed = 3) =>
        CommunityLifeGenerator.Generate(Site, AsOf, SimulationSettings.For(120, 12, 6000, profile, seed));

    [Fact]
    public void Simulation_IsDeterministicBySeed()
    {
        var a = Year(LifeProfile.GrowthThenPlateau);
        var b = Year(LifeProfile.GrowthThenPlateau);

        a.Posts.Count.ShouldBe(b.Posts.Count);
        a.ProductActivities.Select(u => u.At).ShouldBe(b.ProductActivities.Select(u => u.At));
        Year(LifeProfile.GrowthThenPlateau, seed: 4).Posts.Count.ShouldNotBe(a.Posts.Count);
    }

    [Fact]
    public void AHealthyYear_IsGrowingOrMature_AndADecliningOne_IsInDecline()
    {
        var healthy = _builder.Build(Year(LifeProfile.GrowthThenPlateau), ReportSettings.Default, CancellationToken.None);
        var declining = _builder.Build(Year(LifeProfile.Decline), ReportSettings.Default, CancellationToken.None);

        healthy.Summary.Stage.ShouldBeOneOf(LifeCycleStage.Growth, LifeCycleStage.Maturity);
        declining.Summary.Stage.ShouldBe(LifeCycleStage.DivisionOrDecline);
        declining.Summary.Trend.ShouldBe(ActivityTrend.Falling);
        declining.Summary.Members.ShouldBeLessThan(healthy.Summary.Members);
    }

    [Fact]
    public void EveryIndicatorOfTheVocabulary_HasFigures_AndThePageShowsEachCategoryAndTheNetwork()
    {
        var report = _builder.Build(Year(LifeProfile.GrowthThenPlateau), ReportSettings.Default, CancellationToken.None);
        var html = string.Concat(report.Page.Sections.SelectMany(s => s.Parts).OfType<TextPart>().Select(t => t.Html));

        foreach (var indicator in Indicator.All)
        {
            report.Observations.ShouldContain(o => o.IndicatorKey == indicator.Key, indicator.Key);
        }

        report.Observations.ShouldContain(o => o.IndicatorKey == "network" && o.Measure == "ei-index-units");
        report.Observations.ShouldContain(o => o.IndicatorKey == "life-cycle");
        foreach (var category in IndicatorCategory.All)
        {
            html.ShouldContain(category.Label);
        }

        html.ShouldContain("How the community is connected");
        html.ShouldContain("Connectors");
        report.Page.Assets.Count.ShouldBeGreaterThanOrEqualTo(5);
        report.Page.Sections.SelectMany(s => s.Parts).OfType<ImagePart>().ShouldAllBe(i => report.Page.Assets.Any(a => a.FileName == i.AssetFileName) && i.AltText.Length > 20);
        report.Page.Assets.ShouldAllBe(a => a.Svg.StartsWith("<svg", StringComparison.Ordinal) && a.Svg.Contains("<title", StringComparison.Ordinal) && !a.Svg.Contains("<script", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ObservationKeys_AreUnique_SoARerunUpdatesRowsInsteadOfAddingThem()
    {
        var report = _builder.Build(Year(LifeProfile.GrowthThenPlateau), ReportSettings.Default, CancellationToken.None);

        var keys = report.Observations.Select(o => (o.IndicatorKey, o.Measure, o.Period, o.Dimension, o.DimensionValue)).ToList();
        keys.Distinct().Count().ShouldBe(keys.Count);
        report.Observations.ShouldAllBe(o => double.IsFinite(o.Value));
    }

    [Fact]
    public void ScriptInNamesAndTitles_IsEncodedOnThePageAndInTheCharts()
    {
        var activity = Year(LifeProfile.GrowthThenPlateau);
        var hostile = activity.People.ToDictionary(p => p.Key, p => p.Value with { DisplayName = "<script>alert('x')</script> \"Ann\" & Co", Unit = "<b>Unit</b>" });
        var products = activity.Products.Select(p => p with { Title = "<img src=x onerror=alert(1)>" }).ToList();
        var report = _builder.Build(activity with { People = hostile, Products = products, Site = Site with { DisplayName = "<i>CoP</i>" } }, ReportSettings.Default, CancellationToken.None);
        var html = string.Concat(report.Page.Sections.SelectMany(s => s.Parts).OfType<TextPart>().Select(t => t.Html));

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("<b>Unit");
        html.ShouldNotContain("<i>CoP");
        html.ShouldContain("&lt;script&gt;");
        report.Page.Assets.ShouldAllBe(a => !a.Svg.Contains("<script", StringComparison.Ordinal) && !a.Svg.Contains("<img", StringComparison.Ordinal));
    }

    [Fact]
    public void AnonymousSpotlights_NameNobody_AndNamedOnesNeverRankTheBottom()
    {
        var activity = Year(LifeProfile.GrowthThenPlateau);
        var named = _builder.Build(activity, ReportSettings.Default, CancellationToken.None);
        var anonymous = _builder.Build(activity, ReportSettings.Default with { Spotlights = SpotlightMode.Anonymous }, CancellationToken.None);
        string Html(UsageReport r) => string.Concat(r.Page.Sections.SelectMany(s => s.Parts).OfType<TextPart>().Select(t => t.Html));

        var people = activity.People.Values.Select(p => System.Net.WebUtility.HtmlEncode(p.DisplayName)).ToList();
        var (namedHtml, anonymousHtml) = (Html(named), Html(anonymous));
        people.Count(n => namedHtml.Contains(n, StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        people.Count(n => anonymousHtml.Contains(n, StringComparison.Ordinal)).ShouldBe(0);
        anonymous.Page.Sections.SelectMany(s => s.Parts).OfType<PeoplePart>().ShouldBeEmpty();
        named.Page.Sections.SelectMany(s => s.Parts).OfType<PeoplePart>().Single().People.Count.ShouldBeLessThanOrEqualTo(6);
        foreach (var html in new[] { Html(named), Html(anonymous) })
        {
            html.ShouldNotMatch("(?i)least (active|engaged|contribut)|bottom|lowest|inactive members");
        }
    }

    [Fact]
    public void AnEmptyCommunity_StillGetsAPage()
    {
        var empty = new CommunityActivity(Site, AsOf, new Dictionary<string, Person>(), [], [], [], [], [], [], []);

        var report = _builder.Build(empty, ReportSettings.Default, CancellationToken.None);

        report.Summary.Stage.ShouldBe(LifeCycleStage.Ideation);
        report.Summary.Members.ShouldBe(0);
        report.Page.Sections.ShouldNotBeEmpty();
    }
}
