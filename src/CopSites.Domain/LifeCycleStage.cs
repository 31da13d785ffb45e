using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// A stage in a CoP's life cycle (guide §3.6). Decline is "a valid outcome", not a failure, so it is a stage
/// like the others.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class LifeCycleStage : IVocabularyTerm
{
    private LifeCycleStage(string key, string label, int number, string description)
    {
        Key = key;
        Label = label;
        Number = number;
        Description = description;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>The stage's position, 1 (ideation) to 5 (division or decline), as numbered in the guide.</summary>
    public int Number { get; }

    /// <summary>The guide's description of the stage.</summary>
    public string Description { get; }

    /// <summary>An idea emerges to connect people around a shared interest.</summary>
    public static LifeCycleStage Ideation { get; } =
        new("ideation", "Ideation", 1, "An idea emerges, often informally, to connect people around a shared interest, challenge or opportunity.");

    /// <summary>A small group forms, states a purpose and tests commitment. The default for a new workspace.</summary>
    public static LifeCycleStage Initiation { get; } =
        new("initiation", "Initiation", 2, "A small group forms, articulates a common purpose and begins meeting to test commitment and potential.");

    /// <summary>Membership expands and activities gain rhythm.</summary>
    public static LifeCycleStage Growth { get; } =
        new("growth", "Growth", 3, "Membership expands, activities gain rhythm, trust deepens and community identity strengthens.");

    /// <summary>Clear value, active participation, visible outputs.</summary>
    public static LifeCycleStage Maturity { get; } =
        new("maturity", "Maturity", 4, "The community has clear value, active participation and sustained engagement; outputs and influence are visible.");

    /// <summary>The CoP splits, shifts focus or winds down.</summary>
    public static LifeCycleStage DivisionOrDecline { get; } =
        new("division-or-decline", "Division or decline", 5, "The CoP splits into subgroups, shifts focus or gradually winds down as energy or relevance fades.");

    /// <summary>Every stage, in order.</summary>
    public static IReadOnlyList<LifeCycleStage> All { get; } = [Ideation, Initiation, Growth, Maturity, DivisionOrDecline];

    /// <summary>Finds a stage by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out LifeCycleStage? stage) =>
        VocabularyLookup.TryFromKey(All, key, out stage);

    /// <summary>Finds a stage by its label (case-insensitive).</summary>
    public static bool TryFromLabel(string? label, [NotNullWhen(true)] out LifeCycleStage? stage) =>
        VocabularyLookup.TryFromLabel(All, label, out stage);

    /// <summary>Returns the stage with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static LifeCycleStage FromKey(string key) => VocabularyLookup.FromKey(All, key, "life-cycle stage");

    /// <inheritdoc />
    public override string ToString() => Key;
}
