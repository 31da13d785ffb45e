namespace CopSites.Domain;

/// <summary>
/// A term of the shared CoP vocabulary. The template, the indicator job and the Office add-in
/// must agree on these values, so every term has a stable <see cref="Key"/> (used in charters, code and JSON)
/// and a <see cref="Label"/> (the exact text stored in SharePoint choice columns). See docs/vocabulary.md.
/// </summary>
public interface IVocabularyTerm
{
    /// <summary>The stable, lowercase, hyphenated identifier. Never localised, never renamed.</summary>
    string Key { get; }

    /// <summary>The English display text, which is also the SharePoint choice value.</summary>
    string Label { get; }
}
