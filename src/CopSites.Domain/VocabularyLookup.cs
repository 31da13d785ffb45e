using System.Diagnostics.CodeAnalysis;

namespace CopSites.Domain;

/// <summary>Key and label look-ups shared by the vocabulary types.</summary>
public static class VocabularyLookup
{
    // Keys and labels are matched without regard to case: "Open" in a charter or "draft" typed into a
    // SharePoint choice is the same term, while a misspelling still fails.
    /// <summary>Finds the term whose key matches <paramref name="key"/> (case-insensitive, trimmed).</summary>
    public static bool TryFromKey<T>(IReadOnlyList<T> all, string? key, [NotNullWhen(true)] out T? term)
        where T : class, IVocabularyTerm
    {
        term = key is null ? null : all.FirstOrDefault(t => string.Equals(t.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
        return term is not null;
    }

    /// <summary>Finds the term whose label matches <paramref name="label"/> (case-insensitive, trimmed).</summary>
    public static bool TryFromLabel<T>(IReadOnlyList<T> all, string? label, [NotNullWhen(true)] out T? term)
        where T : class, IVocabularyTerm
    {
        term = label is null ? null : all.FirstOrDefault(t => string.Equals(t.Label, label.Trim(), StringComparison.OrdinalIgnoreCase));
        return term is not null;
    }

    /// <summary>Returns the term with this key, or throws naming the allowed keys.</summary>
    public static T FromKey<T>(IReadOnlyList<T> all, string key, string typeName)
        where T : class, IVocabularyTerm =>
        TryFromKey(all, key, out var term)
            ? term
            : throw new ArgumentException($"'{key}' is not a known {typeName} key; allowed: {AllowedKeys(all)}.", nameof(key));

    /// <summary>The allowed keys, comma-separated, for error messages.</summary>
    public static string AllowedKeys<T>(IReadOnlyList<T> all) where T : IVocabularyTerm =>
        string.Join(", ", all.Select(t => t.Key));
}
