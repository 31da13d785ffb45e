namespace CopSites.LocalTenant.WebUi.Html;

/// <summary>What a token is. Comments, doctypes and processing instructions are not tokens: the tokenizer drops them.</summary>
internal enum HtmlTokenKind
{
    /// <summary>Character data, raw as written (entities not decoded).</summary>
    Text,

    /// <summary>The content of a raw-text element such as script or style.</summary>
    RawText,

    StartTag,
    EndTag,
}

/// <summary>One token of an HTML fragment.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The text for text tokens; the lower-case tag name for tags.</param>
/// <param name="Attributes">Attribute names (lower case) and values (entities decoded), in source order.</param>
/// <param name="SelfClosing">True when the start tag ended with "/>".</param>
internal sealed record HtmlToken(HtmlTokenKind Kind, string Value, IReadOnlyList<KeyValuePair<string, string>> Attributes, bool SelfClosing)
{
    public static HtmlToken Text(string text) => new(HtmlTokenKind.Text, text, [], false);
}
