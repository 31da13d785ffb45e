using System.Net;

namespace CopSites.LocalTenant.WebUi.Html;

/// <summary>
/// Splits an HTML fragment into tokens following the HTML5 tokenizer closely enough for sanitising: tag names end at
/// whitespace, "/" or "&gt;"; attribute values may be quoted or bare; comments end at "--&gt;" or "--!&gt;"; a tag cut off by the
/// end of input is dropped; script, style and the other raw-text elements swallow everything up to their end tag.
/// Exactness matters less than it seems, because the sanitiser rebuilds its output from these tokens.
/// </summary>
internal static class HtmlTokenizer
{
    private static readonly HashSet<string> RawTextElements =
        ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext"];

    public static IEnumerable<HtmlToken> Tokenize(string html)
    {
        var text = html.Replace("\0", "", StringComparison.Ordinal);
        var i = 0;
        var textStart = 0;
        while (i < text.Length)
        {
            if (text[i] != '<' || i + 1 >= text.Length || !StartsMarkup(text[i + 1]))
            {
                i++;
                continue;
            }

            if (i > textStart)
            {
                yield return HtmlToken.Text(text[textStart..i]);
            }

            var next = text[i + 1];
            HtmlToken? token = null;
            if (next == '!' || next == '?')
            {
                i = SkipCommentLike(text, i);
            }
            else if (next == '/')
            {
                i = ReadEndTag(text, i, out token);
            }
            else
            {
                i = ReadStartTag(text, i, out token);
            }

            textStart = i;
            if (token is null)
            {
                continue;
            }

            yield return token;
            if (token.Kind == HtmlTokenKind.StartTag && RawTextElements.Contains(token.Value))
            {
                var end = token.Value == "plaintext" ? text.Length : FindRawTextEnd(text, i, token.Value);
                yield return new HtmlToken(HtmlTokenKind.RawText, text[i..end], [], false);
                i = textStart = end;
            }
        }

        if (textStart < text.Length)
        {
            yield return HtmlToken.Text(text[textStart..]);
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static bool StartsMarkup(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    private static int SkipCommentLike(string text, int start)
    {
        if (string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
        {
            // Searching from "<!" makes "<!-->" and "<!--->" end at once, as in HTML5.
            var close = text.IndexOf("-->", start + 2, StringComparison.Ordinal);
            var bang = text.IndexOf("--!>", start + 2, StringComparison.Ordinal);
            if (close < 0 && bang < 0)
            {
                return text.Length;
            }

            return close >= 0 && (bang < 0 || close < bang) ? close + 3 : bang + 4;
        }

        var gt = text.IndexOf('>', start);
        return gt < 0 ? text.Length : gt + 1;
    }

    private static int ReadEndTag(string text, int start, out HtmlToken? token)
    {
        token = null;
        var i = start + 2;
        if (i < text.Length && !char.IsAsciiLetter(text[i]))
        {
            // "</>" is dropped and "</3" is a bogus comment, both without output.
            var gt = text.IndexOf('>', i);
            return gt < 0 ? text.Length : gt + 1;
        }

        var name = ReadName(text, ref i);
        var end = text.IndexOf('>', i);
        if (end < 0)
        {
            return text.Length;
        }

        token = new HtmlToken(HtmlTokenKind.EndTag, name, [], false);
        return end + 1;
    }

    private static int ReadStartTag(string text, int start, out HtmlToken? token)
    {
        token = null;
        var i = start + 1;
        var name = ReadName(text, ref i);
        var attributes = new List<KeyValuePair<string, string>>();
        var selfClosing = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '>')
            {
                token = new HtmlToken(HtmlTokenKind.StartTag, name, attributes, selfClosing);
                return i + 1;
            }

            if (IsSpace(c) || c == '/')
            {
                selfClosing = c == '/' && i + 1 < text.Length && text[i + 1] == '>';
                i++;
                continue;
            }

            selfClosing = false;
            attributes.Add(ReadAttribute(text, ref i));
        }

        return text.Length;
    }

    private static KeyValuePair<string, string> ReadAttribute(string text, ref int i)
    {
        var nameStart = i;
        i++; // The first character belongs to the name even when it is "=", as in HTML5.
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('/' or '>' or '='))
        {
            i++;
        }

        var name = text[nameStart..i].ToLowerInvariant();
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '=')
        {
            return new(name, "");
        }

        i++;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        string raw;
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var close = text.IndexOf(quote, i + 1);
            var end = close < 0 ? text.Length : close;
            raw = text[(i + 1)..end];
            i = close < 0 ? text.Length : close + 1;
        }
        else
        {
            var valueStart = i;
            while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
            {
                i++;
            }

            raw = text[valueStart..i];
        }

        return new(name, WebUtility.HtmlDecode(raw));
    }

    private static string ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('/' or '>'))
        {
            i++;
        }

        return text[start..i].ToLowerInvariant();
    }

    private static int FindRawTextEnd(string text, int from, string name)
    {
        var i = from;
        while ((i = text.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            var after = i + 2 + name.Length;
            if (string.Compare(text, i + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after >= text.Length || IsSpace(text[after]) || text[after] is '/' or '>'))
            {
                return i;
            }

            i += 2;
        }

        return text.Length;
    }
}
