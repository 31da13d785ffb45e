using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// Why a CoP meets: the four purpose groups the guide uses to organise interaction formats (§3.3).
/// Not stored in SharePoint: it is derived from <see cref="EventFormat.Purpose"/>.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class EventPurpose : IVocabularyTerm
{
    private EventPurpose(string key, string label)
    {
        Key = key;
        Label = label;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>To activate and share knowledge.</summary>
    public static EventPurpose ActivateAndShare { get; } = new("activate-and-share", "Activate and share knowledge");

    /// <summary>To solve problems in real time.</summary>
    public static EventPurpose SolveProblems { get; } = new("solve-problems", "Solve problems in real time");

    /// <summary>To co-create and capture value.</summary>
    public static EventPurpose CoCreate { get; } = new("co-create", "Co-create and capture value");

    /// <summary>To expand perspectives.</summary>
    public static EventPurpose ExpandPerspectives { get; } = new("expand-perspectives", "Expand perspectives");

    /// <summary>Every purpose group, in the guide's order.</summary>
    public static IReadOnlyList<EventPurpose> All { get; } = [ActivateAndShare, SolveProblems, CoCreate, ExpandPerspectives];

    /// <summary>The formats that serve this purpose.</summary>
    public IReadOnlyList<EventFormat> Formats => EventFormat.All.Where(f => ReferenceEquals(f.Purpose, this)).ToList();

    /// <summary>Finds a purpose by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out EventPurpose? purpose) =>
        VocabularyLookup.TryFromKey(All, key, out purpose);

    /// <inheritdoc />
    public override string ToString() => Key;
}
