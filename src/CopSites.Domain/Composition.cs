using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// Whether a CoP is staff-only or also includes external stakeholders (guide §3.2). Provisioning derives guest
/// sharing from it (see <c>CopSites.Provisioning.Charters.GuestSharingPolicy</c>).
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class Composition : IVocabularyTerm
{
    private Composition(string key, string label, bool includesExternalPeople, string description)
    {
        Key = key;
        Label = label;
        IncludesExternalPeople = includesExternalPeople;
        Description = description;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>Whether people from outside the organisation (guests) take part.</summary>
    public bool IncludesExternalPeople { get; }

    /// <summary>The guide's description of the composition.</summary>
    public string Description { get; }

    /// <summary>Composed exclusively of staff.</summary>
    public static Composition Internal { get; } =
        new("internal", "Internal", includesExternalPeople: false, "Composed exclusively of staff.");

    /// <summary>Staff plus governments, academia, think tanks or implementing partners.</summary>
    public static Composition Hybrid { get; } =
        new("hybrid", "Hybrid", includesExternalPeople: true,
            "Blends staff with external stakeholders such as government agencies, academia, think tanks or implementing partners.");

    /// <summary>Every composition.</summary>
    public static IReadOnlyList<Composition> All { get; } = [Internal, Hybrid];

    /// <summary>Finds a composition by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out Composition? composition) =>
        VocabularyLookup.TryFromKey(All, key, out composition);

    /// <summary>Returns the composition with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static Composition FromKey(string key) => VocabularyLookup.FromKey(All, key, "composition");

    /// <inheritdoc />
    public override string ToString() => Key;
}
