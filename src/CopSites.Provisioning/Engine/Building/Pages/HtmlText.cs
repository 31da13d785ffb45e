using System.Text;
using System.Text.RegularExpressions;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine.Building.Pages;

/// <summary>
/// Resolves the tokens of a text web part's HTML. Template parameters whose name ends in <c>Html</c> are HTML fragments
/// already encoded by whoever filled them (the charter encodes its text, braces included), so they go in as they are;
/// every other token is plain text (a title, a label, a URL) and is HTML-encoded, so a value can never inject markup.
/// </summary>
public static partial class HtmlText
{
    /// <summary>The HTML with its tokens resolved.</summary>
    /// <param name="scope">The page's token scope.</param>
    /// <param name="html">The HTML as written in the template.</param>
    /// <param name="part">How errors name the property holding the HTML.</param>
    public static string Resolve(TokenScope scope, string html, string part)
    {
        var output = new StringBuilder(html.Length);
        var done = 0;
        foreach (Match fragment in HtmlParameter().Matches(html))
        {
            // A parameter used as another token's argument ({listurl:{parameter:XHtml}}) is not a fragment of the page.
            if (fragment.Index > 0 && html[fragment.Index - 1] is ':' or ',')
            {
                continue;
            }

            output.Append(scope.Text(html[done..fragment.Index], part, TokenEscaping.Xml));
            output.Append(scope.Text(fragment.Value, part));
            done = fragment.Index + fragment.Length;
        }

        output.Append(scope.Text(html[done..], part, TokenEscaping.Xml));
        return output.ToString();
    }

    [GeneratedRegex(@"\{parameter:[A-Za-z0-9_.-]*Html\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlParameter();
}
