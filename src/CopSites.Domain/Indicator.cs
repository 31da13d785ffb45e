using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// An indicator of value and adaptation from guide §3.7 that a charter can choose and the indicator job
/// writes to the Indicators list (<c>CopIndicatorKey</c> holds <see cref="Key"/>). The guide wants them used
/// "as a learning tool, not a performance evaluation mechanism".
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class Indicator : IVocabularyTerm
{
    private Indicator(string key, string label, IndicatorCategory category, IndicatorSource source, string unit)
    {
        Key = key;
        Label = label;
        Category = category;
        Source = source;
        Unit = unit;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>The §3.7 family the indicator belongs to.</summary>
    public IndicatorCategory Category { get; }

    /// <summary>Where the evidence comes from.</summary>
    public IndicatorSource Source { get; }

    /// <summary>The unit written to <c>CopIndicatorUnit</c>, for example <c>count</c> or <c>score (1-5)</c>.</summary>
    public string Unit { get; }

    /// <summary>Number and frequency of meetings or activities held (Events list).</summary>
    public static Indicator ActivitiesHeld { get; } =
        new("activities-held", "Meetings and activities held", IndicatorCategory.ActivityAndEngagement, IndicatorSource.SiteActivity, "count");

    /// <summary>Member participation rate over time: share of members who attended or contributed.</summary>
    public static Indicator ParticipationRate { get; } =
        new("participation-rate", "Member participation rate", IndicatorCategory.ActivityAndEngagement, IndicatorSource.SiteActivity, "percent");

    /// <summary>Contributions to the forum and other collaborative spaces.</summary>
    public static Indicator Contributions { get; } =
        new("contributions", "Contributions to forums and shared spaces", IndicatorCategory.ActivityAndEngagement, IndicatorSource.SiteActivity, "count");

    /// <summary>Uptake of shared tools or resources: distinct people using Toolkit items.</summary>
    public static Indicator ResourceUptake { get; } =
        new("resource-uptake", "Uptake of shared tools and resources", IndicatorCategory.ActivityAndEngagement, IndicatorSource.SiteActivity, "people");

    /// <summary>Growth or stability in membership: members at the end of the period.</summary>
    public static Indicator MembershipGrowth { get; } =
        new("membership-growth", "Growth or stability in membership", IndicatorCategory.ActivityAndEngagement, IndicatorSource.SiteActivity, "members");

    /// <summary>Number of knowledge products created and disseminated (Toolkit library).</summary>
    public static Indicator KnowledgeProducts { get; } =
        new("knowledge-products", "Knowledge products created and disseminated", IndicatorCategory.ActivityAndEngagement, IndicatorSource.SiteActivity, "count");

    /// <summary>Survey feedback on relevance, usefulness and sense of connection (Pulse checks).</summary>
    public static Indicator SurveyFeedback { get; } =
        new("survey-feedback", "Relevance, usefulness and connection (pulse checks)", IndicatorCategory.PerceptionAndValue, IndicatorSource.PulseCheck, "score (1-5)");

    /// <summary>Perceived impact on day-to-day work or professional development (Pulse checks).</summary>
    public static Indicator PerceivedImpact { get; } =
        new("perceived-impact", "Perceived impact on work and development", IndicatorCategory.PerceptionAndValue, IndicatorSource.PulseCheck, "score (1-5)");

    /// <summary>Testimonials or informal feedback shared during sessions.</summary>
    public static Indicator Testimonials { get; } =
        new("testimonials", "Testimonials and informal feedback", IndicatorCategory.PerceptionAndValue, IndicatorSource.Narrative, "count");

    /// <summary>Voluntary engagement: members offering to present, lead activities or co-create outputs.</summary>
    public static Indicator VoluntaryEngagement { get; } =
        new("voluntary-engagement", "Voluntary engagement", IndicatorCategory.PerceptionAndValue, IndicatorSource.SiteActivity, "people");

    /// <summary>Success stories showing the business value and impact of the community.</summary>
    public static Indicator SuccessStories { get; } =
        new("success-stories", "Success stories", IndicatorCategory.ResultsAndImpact, IndicatorSource.Narrative, "count");

    /// <summary>Evidence of improved practices, reduced duplication or faster problem solving.</summary>
    public static Indicator ImprovedPractice { get; } =
        new("improved-practice", "Improved practice and faster problem solving", IndicatorCategory.ResultsAndImpact, IndicatorSource.Narrative, "count");

    /// <summary>Use of community outputs by other teams or units.</summary>
    public static Indicator OutputReuse { get; } =
        new("output-reuse", "Use of community outputs by other teams or units", IndicatorCategory.ResultsAndImpact, IndicatorSource.SiteActivity, "units");

    /// <summary>Alignment of contributions with institutional goals or strategic priorities.</summary>
    public static Indicator StrategicAlignment { get; } =
        new("strategic-alignment", "Alignment with institutional priorities", IndicatorCategory.ResultsAndImpact, IndicatorSource.Narrative, "count");

    /// <summary>Every indicator, grouped by category in the guide's order.</summary>
    public static IReadOnlyList<Indicator> All { get; } =
    [
        ActivitiesHeld, ParticipationRate, Contributions, ResourceUptake, MembershipGrowth, KnowledgeProducts,
        SurveyFeedback, PerceivedImpact, Testimonials, VoluntaryEngagement,
        SuccessStories, ImprovedPractice, OutputReuse, StrategicAlignment,
    ];

    /// <summary>Finds an indicator by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out Indicator? indicator) =>
        VocabularyLookup.TryFromKey(All, key, out indicator);

    /// <summary>Returns the indicator with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static Indicator FromKey(string key) => VocabularyLookup.FromKey(All, key, "indicator");

    /// <inheritdoc />
    public override string ToString() => Key;
}
