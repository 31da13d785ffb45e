using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CopSites.LocalTenant.WebUi.Html;

/// <summary>
/// Turns untrusted HTML (text web parts) into markup that can only format text and link. Output is rebuilt from tokens,
/// never copied: allowed elements keep only allowed attributes, other elements are unwrapped (their text kept) or, when
/// their content is code or foreign markup (script, style, svg, iframe...), dropped with it. Tags are balanced, so the
/// fragment cannot close the page's own elements.
/// </summary>
internal static partial class HtmlSanitizer
{
    private static readonly HashSet<string> Allowed =
    [
        "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "strong", "b", "em", "i", "a", "br", "span",
        "table", "thead", "tbody", "tr", "td", "th", "blockquote",
    ];

    /// <summary>Elements dropped together with everything inside them.</summary>
    private static readonly HashSet<string> DroppedWithContent =
        ["svg", "math", "template", "object", "applet", "select", "head", "frameset", "video", "audio", "canvas", "map"];

    public static Markup Sanitize(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return Markup.Empty;
        }

        var output = new StringBuilder(html.Length);
        var open = new OpenElements(output);
        string? dropping = null;
        var dropDepth = 0;
        foreach (var token in HtmlTokenizer.Tokenize(html))
        {
            if (dropping is not null)
            {
                dropDepth += token.Value == dropping ? token.Kind switch { HtmlTokenKind.StartTag when !token.SelfClosing => 1, HtmlTokenKind.EndTag => -1, _ => 0 } : 0;
                dropping = dropDepth == 0 ? null : dropping;
                continue;
            }

            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    output.Append(EncodeText(token.Value));
                    break;
                case HtmlTokenKind.StartTag when DroppedWithContent.Contains(token.Value):
                    // "<svg/>" really is empty; for the others HTML ignores the slash, so their content follows.
                    if (!(token.SelfClosing && token.Value is "svg" or "math"))
                    {
                        (dropping, dropDepth) = (token.Value, 1);
                    }

                    break;
                case HtmlTokenKind.StartTag when Allowed.Contains(token.Value):
                    open.Start(token.Value, Attributes(token));
                    break;
                case HtmlTokenKind.EndTag:
                    open.End(token.Value);
                    break;
            }
        }

        open.CloseAll();
        return Markup.Trusted(output.ToString());
    }

    private static string Attributes(HtmlToken token)
    {
        var result = new StringBuilder();
        foreach (var (name, value) in token.Attributes.DistinctBy(a => a.Key))
        {
            var kept = (token.Value, name) switch
            {
                ("a", "href") => SafeUrl.Link(value),
                ("td" or "th", "colspan" or "rowspan") => SpanPattern().IsMatch(value) ? value : null,
                _ => null,
            };
            if (kept is not null)
            {
                result.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(kept)).Append('"');
            }
        }

        return result.ToString();
    }

    /// <summary>Encodes text, keeping well-formed character references (they can only ever produce text).</summary>
    private static string EncodeText(string raw)
    {
        var result = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '&')
            {
                var reference = CharacterReference().Match(raw, i);
                result.Append(reference.Success && reference.Index == i ? reference.Value : "&amp;");
                i += reference.Success && reference.Index == i ? reference.Length - 1 : 0;
                continue;
            }

            result.Append(c switch { '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
        }

        return result.ToString();
    }

    [GeneratedRegex("^[1-9][0-9]?$")]
    private static partial Regex SpanPattern();

    [GeneratedRegex("\\G&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex CharacterReference();
}
