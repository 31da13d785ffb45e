using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// A kind of narrative evidence a CoP records in its Stories list (guide §3.7: testimonials, success stories,
/// improved practice, alignment with institutional priorities). Stored in the <c>CopStoryKind</c> choice column.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class StoryKind : IVocabularyTerm
{
    private StoryKind(string key, string label, string description)
    {
        Key = key;
        Label = label;
        Description = description;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>One sentence that helps a lead pick the right kind.</summary>
    public string Description { get; }

    /// <summary>A member's or stakeholder's own words about what the CoP meant to them.</summary>
    public static StoryKind Testimonial { get; } =
        new("testimonial", "Testimonial", "A member's or stakeholder's own words about the value of the community.");

    /// <summary>A concrete result the CoP contributed to.</summary>
    public static StoryKind SuccessStory { get; } =
        new("success-story", "Success story", "A concrete result the community's knowledge or connections made possible.");

    /// <summary>A practice that changed, or a problem solved faster, thanks to the CoP.</summary>
    public static StoryKind ImprovedPractice { get; } =
        new("improved-practice", "Improved practice", "A way of working that changed, or a problem solved faster, thanks to the community.");

    /// <summary>Evidence that the CoP's work serves institutional priorities.</summary>
    public static StoryKind StrategicAlignment { get; } =
        new("strategic-alignment", "Strategic alignment", "Evidence that the community's work serves institutional priorities.");

    /// <summary>Every story kind, in the guide's order.</summary>
    public static IReadOnlyList<StoryKind> All { get; } = [Testimonial, SuccessStory, ImprovedPractice, StrategicAlignment];

    /// <summary>Finds a kind by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out StoryKind? kind) =>
        VocabularyLookup.TryFromKey(All, key, out kind);

    /// <summary>Finds a kind by its label, i.e. a SharePoint choice value (case-insensitive).</summary>
    public static bool TryFromLabel(string? label, [NotNullWhen(true)] out StoryKind? kind) =>
        VocabularyLookup.TryFromLabel(All, label, out kind);

    /// <summary>Returns the kind with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static StoryKind FromKey(string key) => VocabularyLookup.FromKey(All, key, "story kind");

    /// <inheritdoc />
    public override string ToString() => Key;
}
