using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>
/// Where a knowledge product is in its editorial life. Stored in the <c>CopProductStatus</c> choice column
/// of the Toolkit library; the indicator job counts only <see cref="Published"/> products as disseminated.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class KnowledgeProductStatus : IVocabularyTerm
{
    private KnowledgeProductStatus(string key, string label)
    {
        Key = key;
        Label = label;
    }

    /// <inheritdoc />
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>Being written; visible to the community only.</summary>
    public static KnowledgeProductStatus Draft { get; } = new("draft", "Draft");

    /// <summary>Waiting for a peer or a lead to review it.</summary>
    public static KnowledgeProductStatus InReview { get; } = new("in-review", "In review");

    /// <summary>Final and ready to be shared (for example on the Knowledge Platform).</summary>
    public static KnowledgeProductStatus Published { get; } = new("published", "Published");

    /// <summary>Superseded or no longer relevant, kept for the record.</summary>
    public static KnowledgeProductStatus Archived { get; } = new("archived", "Archived");

    /// <summary>Every status, in workflow order. <see cref="Draft"/> is the column default.</summary>
    public static IReadOnlyList<KnowledgeProductStatus> All { get; } = [Draft, InReview, Published, Archived];

    /// <summary>Finds a status by its key (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out KnowledgeProductStatus? status) =>
        VocabularyLookup.TryFromKey(All, key, out status);

    /// <summary>Finds a status by its label, i.e. a SharePoint choice value (case-insensitive).</summary>
    public static bool TryFromLabel(string? label, [NotNullWhen(true)] out KnowledgeProductStatus? status) =>
        VocabularyLookup.TryFromLabel(All, label, out status);

    /// <summary>Returns the status with this key.</summary>
    /// <exception cref="ArgumentException">The key is unknown; the message lists the allowed keys.</exception>
    public static KnowledgeProductStatus FromKey(string key) => VocabularyLookup.FromKey(All, key, "knowledge product status");

    /// <inheritdoc />
    public override string ToString() => Key;
}
