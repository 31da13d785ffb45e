using System.Globalization;
using CopSites.Domain;
using CopSites.Indicators.Charts;
using CopSites.Indicators.LifeCycle;
using CopSites.Indicators.Metrics;
using CopSites.Indicators.Network;
using CopSites.Indicators.Recognition;

namespace CopSites.Indicators.Reporting;

/// <summary>
/// Lays out the Usage page in the web parts Graph v1.0 pages can create: text parts (headline figures, explanations,
/// tables), image parts showing SVG charts, and a People part for named spotlights. One section per indicator category
/// of the guide, then the network, then recognition. Only the last 12 months are tabled; the list keeps every month.
/// </summary>
internal sealed class UsagePageComposer(CommunityIndex index, IReadOnlyList<IndicatorObservation> rows, StageAssessment stage, NetworkFindings network,
    IReadOnlyList<Spotlight> spotlights, IReadOnlyList<Milestone> milestones, ReportSettings settings)
{
    private const int ShownMonths = 12;
    private readonly List<PageSection> _sections = [];
    private readonly List<ChartAsset> _assets = [];

    public UsagePage Compose()
    {
        Headline();
        Engagement();
        Perception();
        Results();
        Network();
        Recognition();
        Reading();
        return new UsagePage("Usage and value", _sections, _assets);
    }

    private IReadOnlyList<int> Shown => Enumerable.Range(Math.Max(0, index.Months.Count - ShownMonths), Math.Min(ShownMonths, index.Months.Count)).ToList();

    private double? Value(string indicator, string measure, string period) =>
        rows.FirstOrDefault(r => r.IndicatorKey == indicator && r.Measure == measure && r.Period == period && r.Dimension is null)?.Value;

    private string Name(string personId) =>
        index.Activity.People.TryGetValue(personId, out var person) && !string.IsNullOrWhiteSpace(person.DisplayName) ? person.DisplayName : "A member";

    private void Headline()
    {
        var months = index.Months;
        var last = Math.Max(0, months.LastComplete);
        var current = months.Count - 1;
        var parts = new List<PagePart>
        {
            new TextPart(
                PageHtml.Heading($"How {index.Activity.Site.DisplayName} is doing") +
                PageHtml.Paragraph($"Figures as of {months.AsOf.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, recomputed by the scheduled indicator job. " +
                    "Use them as a learning tool, not a performance evaluation (guide §3.7).") +
                PageHtml.Table(["Members", $"Took part in {months.Key(last)}", "Knowledge products", "Activity trend", "Life-cycle stage"],
                [[
                    PageHtml.Figure(Value(Indicator.MembershipGrowth.Key, "members", months.Key(current)), "members"),
                    PageHtml.Figure(Value(Indicator.ParticipationRate.Key, "participation-rate", months.Key(last)), "ratio"),
                    PageHtml.Figure(Value(Indicator.KnowledgeProducts.Key, "created", Periods.All), "count"),
                    stage.Trend.ToString().ToLowerInvariant(),
                    stage.Stage.Label,
                ]]) +
                PageHtml.Heading("Life-cycle stage: " + stage.Stage.Label, 3) +
                PageHtml.List(stage.Evidence.Concat(settings.DeclaredStage is { } declared && declared != stage.Stage
                    ? [$"The charter declares {declared.Label.ToLowerInvariant()}; the figures point to {stage.Stage.Label.ToLowerInvariant()}."]
                    : Array.Empty<string>())) +
                PageHtml.Paragraph("The stage comes from CopSites' own rules and thresholds, not from the guide; see the definitions at the end.")),
        };
        _sections.Add(new PageSection(parts));
    }

    private void Engagement()
    {
        var parts = new List<PagePart> { new TextPart(PageHtml.Heading(IndicatorCategory.ActivityAndEngagement.Label)) };
        parts.Add(Chart("usage-events.svg", "Meetings and activities held", "Events held each month", Indicator.ActivitiesHeld.Key, "events", percent: false, bars: true));
        parts.Add(Chart("usage-participation.svg", "Member participation rate", "Share of members who took part each month", Indicator.ParticipationRate.Key, "participation-rate", percent: true, bars: false));
        parts.Add(Chart("usage-members.svg", "Members", "Members at the end of each month", Indicator.MembershipGrowth.Key, "members", percent: false, bars: false));
        parts.Add(new TextPart(MonthTable(
            ("Events", Indicator.ActivitiesHeld.Key, "events", "count"),
            ("Participation", Indicator.ParticipationRate.Key, "participation-rate", "ratio"),
            ("Forum posts", Indicator.Contributions.Key, "posts", "count"),
            ("Toolkit users", Indicator.ResourceUptake.Key, "distinct-users", "people"),
            ("Joins", Indicator.MembershipGrowth.Key, "joins", "members"),
            ("Leaves", Indicator.MembershipGrowth.Key, "leaves", "members"),
            ("Products created", Indicator.KnowledgeProducts.Key, "created", "count"),
            ("Median hours to a first reply (questions)", Indicator.Contributions.Key, "median-first-reply-hours-questions", "hours"),
            ("Unanswered questions", Indicator.Contributions.Key, "unanswered-questions", "count")) +
            PageHtml.Paragraph($"Knowledge products disseminated (opened by at least {EngagementMetrics.DisseminationReach} people): " +
                $"{PageHtml.Figure(Value(Indicator.KnowledgeProducts.Key, "disseminated", Periods.All), "count")} of {PageHtml.Figure(Value(Indicator.KnowledgeProducts.Key, "created", Periods.All), "count")}; " +
                $"reaching two or more units: {PageHtml.Figure(Value(Indicator.KnowledgeProducts.Key, "reached-two-units", Periods.All), "count")}; two or more countries: {PageHtml.Figure(Value(Indicator.KnowledgeProducts.Key, "reached-two-countries", Periods.All), "count")}.") +
            ByDimension("Participation by unit", Indicator.ParticipationRate.Key, "participation-rate", Dimensions.Unit, "ratio") +
            ByDimension("Participation by country", Indicator.ParticipationRate.Key, "participation-rate", Dimensions.Country, "ratio")));
        _sections.Add(new PageSection(parts));
    }

    private void Perception()
    {
        var html = PageHtml.Heading(IndicatorCategory.PerceptionAndValue.Label) +
            PageHtml.Table(["Pulse check (1–5)", "Whole life", "Answers"],
            [
                ["Relevance", PageHtml.Figure(Value(Indicator.SurveyFeedback.Key, "relevance", Periods.All), "score"), PageHtml.Figure(Value(Indicator.SurveyFeedback.Key, "responses", Periods.All), "count")],
                ["Usefulness", PageHtml.Figure(Value(Indicator.SurveyFeedback.Key, "usefulness", Periods.All), "score"), ""],
                ["Connection", PageHtml.Figure(Value(Indicator.SurveyFeedback.Key, "connection", Periods.All), "score"), ""],
                ["Perceived impact", PageHtml.Figure(Value(Indicator.PerceivedImpact.Key, "perceived-impact", Periods.All), "score"), ""],
            ]) +
            PageHtml.Paragraph($"Testimonials: {PageHtml.Figure(Value(Indicator.Testimonials.Key, "testimonials", Periods.All), "count")}. " +
                $"Members who presented, hosted or co-authored without being leads (voluntary engagement): {PageHtml.Figure(Value(Indicator.VoluntaryEngagement.Key, "volunteers", Periods.All), "people")}.");
        _sections.Add(new PageSection([new TextPart(html), Chart("usage-pulse.svg", "Pulse check: usefulness", "Average usefulness (1–5) of the pulse answers each month", Indicator.SurveyFeedback.Key, "usefulness", percent: false, bars: false)]));
    }

    private void Results()
    {
        var html = PageHtml.Heading(IndicatorCategory.ResultsAndImpact.Label) +
            PageHtml.Table(["Over the community's life", "Count"],
            [
                ["Success stories", PageHtml.Figure(Value(Indicator.SuccessStories.Key, "success-stories", Periods.All), "count")],
                ["Improved practice", PageHtml.Figure(Value(Indicator.ImprovedPractice.Key, "improved-practice", Periods.All), "count")],
                ["Alignment with institutional priorities", PageHtml.Figure(Value(Indicator.StrategicAlignment.Key, "strategic-alignment", Periods.All), "count")],
                ["Other units using the community's products", PageHtml.Figure(Value(Indicator.OutputReuse.Key, "units-reusing", Periods.All), "units")],
                ["Other countries using them", PageHtml.Figure(Value(Indicator.OutputReuse.Key, "countries-reusing", Periods.All), "countries")],
                ["Products used outside their author's unit", PageHtml.Figure(Value(Indicator.OutputReuse.Key, "products-spread-units", Periods.All), "count")],
            ]) +
            PageHtml.Paragraph("What spreads: a product counts when someone outside its author's unit or country opened or edited it.");
        _sections.Add(new PageSection([new TextPart(html), Chart("usage-reuse.svg", "Units reusing the community's products", "Other units using the community's products each month", Indicator.OutputReuse.Key, "units-reusing", percent: false, bars: true)]));
    }

    private void Network()
    {
        const string key = "network";
        var html = PageHtml.Heading("How the community is connected") +
            PageHtml.Paragraph("Ties are replies, shared sessions and the use of each other's knowledge products. Connectors sit on the paths between people of different units and countries; multipliers are those whose contributions others take up.") +
            PageHtml.Table(["Whole life", "Value"],
            [
                ["People", PageHtml.Figure(Value(key, "people", Periods.All), "people")],
                ["Ties", PageHtml.Figure(Value(key, "ties", Periods.All), "count")],
                ["Density", PageHtml.Figure(Value(key, "density", Periods.All), "ratio")],
                ["Share of ties held by the most connected 10 %", PageHtml.Figure(Value(key, "top-10-percent-share", Periods.All), "ratio")],
                ["Inequality of ties (Gini)", PageHtml.Figure(Value(key, "gini", Periods.All), "score")],
                ["Ties across units (E-I index, −1 to +1)", PageHtml.Figure(Value(key, "ei-index-units", Periods.All), "index")],
                ["Ties across countries (E-I index)", PageHtml.Figure(Value(key, "ei-index-countries", Periods.All), "index")],
                ["Replies returned (reciprocity)", PageHtml.Figure(Value(key, "reciprocity", Periods.All), "ratio")],
                ["Newcomers tied to an existing member within 60 days", PageHtml.Figure(Value(key, "newcomer-integration", Periods.All), "ratio")],
            ]);
        if (network.HubOverlap is { } overlap)
        {
            html += PageHtml.Paragraph($"Hubs: {overlap:P0} of the most central people of the month before are still among the most central; " +
                $"{network.HubsFormed.Count} hub{(network.HubsFormed.Count == 1 ? "" : "s")} formed and {network.HubsFaded.Count} faded.");
        }

        html += Highlights("Connectors", network.Connectors.Select(c => (c.PersonId, c.Reason)))
            + Highlights("Multipliers", network.Multipliers.Select(c => (c.PersonId, c.Reason)));
        _sections.Add(new PageSection([new TextPart(html), Chart("usage-network-ties.svg", "Ties each month", "Interaction ties between people each month", key, "ties", percent: false, bars: true)]));
    }

    private string Highlights(string title, IEnumerable<(string PersonId, string Reason)> people)
    {
        var items = people.Select(p => settings.Spotlights == SpotlightMode.Named ? $"{Name(p.PersonId)}: {p.Reason}" : Anonymise(p.Reason)).ToList();
        return items.Count == 0 ? string.Empty : PageHtml.Heading(title, 3) + PageHtml.List(items);
    }

    private static string Anonymise(string reason) => "A member " + reason.TrimEnd('.') + ".";

    private void Recognition()
    {
        var parts = new List<PagePart>();
        var html = PageHtml.Heading("Recognition") + PageHtml.Paragraph("Thank you to everyone who makes this community work. A few highlights:");
        foreach (var group in spotlights.GroupBy(s => s.Kind))
        {
            var title = group.Key switch
            {
                SpotlightKind.Contributor => "Contributors",
                SpotlightKind.Connector => "Connectors",
                _ => "Products that spread",
            };
            html += PageHtml.Heading(title, 3) + PageHtml.List(group.Select(s => s.Kind == SpotlightKind.ProductThatSpread
                ? $"{s.Title}{(settings.Spotlights == SpotlightMode.Named && s.PersonId is { } author ? " by " + Name(author) : string.Empty)}: {s.Reason}"
                : settings.Spotlights == SpotlightMode.Named ? $"{Name(s.PersonId!)}: {s.Reason}" : $"A member: {s.Reason}"));
        }

        if (milestones.Count > 0)
        {
            html += PageHtml.Heading("Milestones", 3) + PageHtml.List(milestones.TakeLast(6).Select(m => $"{m.Period}: {m.Text}"));
        }

        parts.Add(new TextPart(html));
        if (settings.Spotlights == SpotlightMode.Named)
        {
            var people = spotlights.Where(s => s.Kind != SpotlightKind.ProductThatSpread && s.PersonId is not null)
                .Select(s => index.Activity.People.GetValueOrDefault(s.PersonId!)).OfType<Activity.Person>().DistinctBy(p => p.Id).ToList();
            if (people.Count > 0)
            {
                parts.Add(new PeoplePart("Community spotlight", people));
            }
        }

        _sections.Add(new PageSection(parts));
    }

    private void Reading()
    {
        _sections.Add(new PageSection([new TextPart(PageHtml.Heading("How to read these figures", 3) + PageHtml.List(
        [
            "A month counts a member as taking part when they posted, attended, presented, hosted, wrote or opened a knowledge product, or answered a pulse check.",
            "A dash means there is no figure (nobody to divide by, no answers), not zero.",
            "Every figure, its source and its formula are defined in CopSites' docs/indicators.md; the Indicators list on this site keeps each month's values.",
            "These figures describe recorded activity only: conversations in meetings, mail and hallways are not in them.",
        ]))]));
    }

    private PagePart Chart(string file, string title, string description, string indicator, string measure, bool percent, bool bars)
    {
        var shown = Shown;
        var series = new ChartSeries(shown.Select(index.Months.Key).ToList(), shown.Select(m => Value(indicator, measure, index.Months.Key(m))).ToList(), percent);
        _assets.Add(new ChartAsset(file, bars ? SvgChart.Bars(title, description, series) : SvgChart.Line(title, description, series)));
        var figures = string.Join(", ", series.Labels.Zip(series.Values, (l, v) => $"{l}: {PageHtml.Figure(v, percent ? "ratio" : "count")}"));
        return new ImagePart(file, $"{title}. {description}: {figures}.", null);
    }

    private string MonthTable(params (string Label, string Indicator, string Measure, string Unit)[] measures)
    {
        var shown = Shown;
        var header = new List<string> { "Month" };
        header.AddRange(measures.Select(m => m.Label));
        return PageHtml.Table(header, shown.Reverse().Select(m => (IReadOnlyList<string>)measures
            .Select(x => PageHtml.Figure(Value(x.Indicator, x.Measure, index.Months.Key(m)), x.Unit)).Prepend(index.Months.Key(m)).ToList()));
    }

    private string ByDimension(string title, string indicator, string measure, string dimension, string unit)
    {
        var period = index.Months.Key(Math.Max(0, index.Months.LastComplete));
        var figures = rows.Where(r => r.IndicatorKey == indicator && r.Measure == measure && r.Period == period && r.Dimension == dimension)
            .OrderBy(r => r.DimensionValue, StringComparer.Ordinal).ToList();
        return figures.Count == 0 ? string.Empty
            : PageHtml.Heading($"{title} ({period})", 3) + PageHtml.Table([dimension == Dimensions.Unit ? "Unit" : "Country", "Value"],
                figures.Select(f => (IReadOnlyList<string>)[f.DimensionValue ?? "", PageHtml.Figure(f.Value, unit)]));
    }
}
