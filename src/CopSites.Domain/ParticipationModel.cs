using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// Who may join a CoP (guide §3.2). The charter states it; provisioning derives the group's visibility and
/// join policy from it (see <c>CopSites.Provisioning.Charters.GroupPolicy</c>).
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class ParticipationModel : IVocabularyTerm
{
    private ParticipationModel(string key, string label, string description)
    {
        Key = key;
        Label = label;
        Description = description;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>The guide's description of the model.</summary>
    public string Description { get; }

    /// <summary>Anyone with a genuine interest joins voluntarily.</summary>
    public static ParticipationModel Open { get; } =
        new("open", "Open", "Anyone with a genuine interest in the topic can join and participate voluntarily.");

    /// <summary>Membership by invitation only.</summary>
    public static ParticipationModel Closed { get; } =
        new("closed", "Closed", "Membership is by invitation only, based on roles, responsibilities or affiliation.");

    /// <summary>Anyone may ask to join; a lead or the core group approves (also called semi-open).</summary>
    public static ParticipationModel Moderated { get; } =
        new("moderated", "Moderated", "Individuals may request to join; the community lead or core group approves.");

    /// <summary>Every participation model.</summary>
    public static IReadOnlyList<ParticipationModel> All { get; } = [Open, Closed, Moderated];

    /// <summary>Finds a model by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out ParticipationModel? model) =>
        VocabularyLookup.TryFromKey(All, key, out model);

    /// <summary>Returns the model with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static ParticipationModel FromKey(string key) => VocabularyLookup.FromKey(All, key, "participation model");

    /// <inheritdoc />
    public override string ToString() => Key;
}
