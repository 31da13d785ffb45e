using System.Diagnostics.CodeAnalysis;
using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// How often the CoP's main meeting takes place (guide §3.3 "core cadence", for example bimonthly,
/// quarterly or as needed).
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class CoreCadence : IVocabularyTerm
{
    private CoreCadence(string key, string label)
    {
        Key = key;
        Label = label;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>Every week.</summary>
    public static CoreCadence Weekly { get; } = new("weekly", "Weekly");

    /// <summary>Every two weeks.</summary>
    public static CoreCadence Biweekly { get; } = new("biweekly", "Every two weeks");

    /// <summary>Every month.</summary>
    public static CoreCadence Monthly { get; } = new("monthly", "Monthly");

    // "Bimonthly" is ambiguous in English; the guide lists it between weekly-ish and quarterly rhythms, so it
    // means every two months here, and the label says so.
    /// <summary>Every two months.</summary>
    public static CoreCadence Bimonthly { get; } = new("bimonthly", "Every two months");

    /// <summary>Every three months.</summary>
    public static CoreCadence Quarterly { get; } = new("quarterly", "Quarterly");

    /// <summary>Twice a year.</summary>
    public static CoreCadence Semiannual { get; } = new("semiannual", "Twice a year");

    /// <summary>No fixed rhythm: the community meets when there is a reason to.</summary>
    public static CoreCadence AsNeeded { get; } = new("as-needed", "As needed");

    /// <summary>Every cadence, most frequent first.</summary>
    public static IReadOnlyList<CoreCadence> All { get; } = [Weekly, Biweekly, Monthly, Bimonthly, Quarterly, Semiannual, AsNeeded];

    /// <summary>Finds a cadence by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out CoreCadence? cadence) =>
        VocabularyLookup.TryFromKey(All, key, out cadence);

    /// <inheritdoc />
    public override string ToString() => Key;
}
