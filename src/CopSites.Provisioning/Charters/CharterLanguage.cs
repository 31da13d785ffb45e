using System.Diagnostics.CodeAnalysis;
using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// The CoP's working language, which becomes the site's default language (an LCID for SharePoint).
/// Limited to the IDB's four official languages.
/// </summary>
/// <remarks>This type is immutable; instances are the fixed set exposed by <see cref="All"/>.</remarks>
public sealed class CharterLanguage : IVocabularyTerm
{
    private CharterLanguage(string key, string label, int lcid)
    {
        Key = key;
        Label = label;
        Lcid = lcid;
    }

    /// <summary>The ISO 639-1 code used in charters (<c>en</c>, <c>es</c>, <c>pt</c>, <c>fr</c>).</summary>
    public string Key { get; }

    /// <inheritdoc />
    public string Label { get; }

    /// <summary>The SharePoint locale id used for the site.</summary>
    public int Lcid { get; }

    /// <summary>English (en-US, 1033).</summary>
    public static CharterLanguage English { get; } = new("en", "English", 1033);

    /// <summary>Spanish (es-ES international sort, 3082).</summary>
    public static CharterLanguage Spanish { get; } = new("es", "Spanish", 3082);

    // Brazilian Portuguese: the Portuguese-speaking borrowing member of the IDB is Brazil.
    /// <summary>Portuguese (pt-BR, 1046).</summary>
    public static CharterLanguage Portuguese { get; } = new("pt", "Portuguese", 1046);

    /// <summary>French (fr-FR, 1036).</summary>
    public static CharterLanguage French { get; } = new("fr", "French", 1036);

    /// <summary>Every supported language.</summary>
    public static IReadOnlyList<CharterLanguage> All { get; } = [English, Spanish, Portuguese, French];

    /// <summary>Finds a language by its code (case-insensitive).</summary>
    public static bool TryFromKey(string? key, [NotNullWhen(true)] out CharterLanguage? language) =>
        VocabularyLookup.TryFromKey(All, key, out language);

    /// <inheritdoc />
    public override string ToString() => Key;
}
