using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// The three families of indicators of value and adaptation in guide §3.7. Stored in the
/// <c>CopIndicatorCategory</c> choice column of the Indicators list.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class IndicatorCategory : IVocabularyTerm
{
    private IndicatorCategory(string key, string label)
    {
        Key = key;
        Label = label;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>Activity and engagement metrics.</summary>
    public static IndicatorCategory ActivityAndEngagement { get; } = new("activity-engagement", "Activity and engagement");

    /// <summary>Perception and value metrics.</summary>
    public static IndicatorCategory PerceptionAndValue { get; } = new("perception-value", "Perception and value");

    /// <summary>Results and institutional impact.</summary>
    public static IndicatorCategory ResultsAndImpact { get; } = new("results-impact", "Results and institutional impact");

    /// <summary>Every category, in the guide's order.</summary>
    public static IReadOnlyList<IndicatorCategory> All { get; } = [ActivityAndEngagement, PerceptionAndValue, ResultsAndImpact];

    /// <summary>Finds a category by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out IndicatorCategory? category) =>
        VocabularyLookup.TryFromKey(All, key, out category);

    /// <summary>Finds a category by its label, i.e. a SharePoint choice value (case-insensitive).</summary>
    public static bool TryFromLabel(string? label, [NotNullWhen(true)] out IndicatorCategory? category) =>
        VocabularyLookup.TryFromLabel(All, label, out category);

    /// <inheritdoc />
    public override string ToString() => Key;
}
