using System.Text.RegularExpressions;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// Keeps text taken from a site from being read as a provisioning token when the template is applied. A token starts
/// with a brace followed by a letter; web part JSON can escape that brace (<c>\u007b</c>) and HTML can write it as an
/// entity (<c>&amp;#123;</c>), both of which mean the same text once parsed. Plain attribute values have no escape, so
/// those are only noted (<see cref="ExtractionNotes.Literal"/>).
/// </summary>
internal static partial class LiteralText
{
    /// <summary>A stand-in for a literal brace inside JSON strings until the JSON is serialised (a private-use character).</summary>
    public const char JsonBrace = '\uE000';

    /// <summary>True when the text holds something the token reader would take for a token.</summary>
    public static bool LooksLikeToken(string text) => TokenStart().IsMatch(text);

    /// <summary>HTML with every token-like brace written as an entity.</summary>
    public static string EscapeHtml(string html) => TokenStart().Replace(html, "&#123;");

    /// <summary>A JSON string value with every token-like brace replaced by <see cref="JsonBrace"/>.</summary>
    public static string MarkJson(string value) => TokenStart().Replace(value, JsonBrace.ToString());

    /// <summary>Serialised JSON with the marked braces turned into JSON escapes.</summary>
    public static string UnmarkJson(string json) => json.Replace("\\uE000", "\\u007B", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\{(?=[A-Za-z][A-Za-z0-9_]*[:}])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenStart();
}
