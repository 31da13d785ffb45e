using System.Text;

namespace CopSites.Provisioning.Tokens;

/// <summary>A piece of a string: plain text or a token (whose argument may itself hold tokens).</summary>
internal abstract record TokenSegment;

internal sealed record TextSegment(string Text) : TokenSegment;

internal sealed record TokenNode(string Name, IReadOnlyList<TokenSegment>? Argument, string Text) : TokenSegment;

/// <summary>
/// Splits a string into text and tokens in one left-to-right pass. A token is <c>{name}</c> or
/// <c>{name:argument}</c> where the name starts with a letter; anything else with braces (JSON
/// objects, GUIDs such as <c>{2735DBDB-...}</c>, the outer braces of <c>{{listid:X}}</c>) stays text.
/// Resolved values are never scanned again, so a value containing braces cannot be mistaken for a token.
/// </summary>
internal static class TokenSyntax
{
    public static IReadOnlyList<TokenSegment> Parse(string input)
    {
        var position = 0;
        return Sequence(input, ref position, inArgument: false);
    }

    private static List<TokenSegment> Sequence(string input, ref int position, bool inArgument)
    {
        var segments = new List<TokenSegment>();
        var text = new StringBuilder();
        while (position < input.Length)
        {
            var c = input[position];
            if (inArgument && c == '}')
            {
                break;
            }

            if (c == '{' && TryToken(input, ref position, out var token))
            {
                Flush(text, segments);
                segments.Add(token);
                continue;
            }

            text.Append(c);
            position++;
        }

        Flush(text, segments);
        return segments;
    }

    private static bool TryToken(string input, ref int position, out TokenNode token)
    {
        token = null!;
        var start = position;
        var i = start + 1;
        if (i >= input.Length || !char.IsAsciiLetter(input[i]))
        {
            return false;
        }

        while (i < input.Length && (char.IsAsciiLetterOrDigit(input[i]) || input[i] == '_'))
        {
            i++;
        }

        if (i >= input.Length)
        {
            return false;
        }

        var name = input[(start + 1)..i].ToLowerInvariant();
        if (input[i] == '}')
        {
            token = new TokenNode(name, null, input[start..(i + 1)]);
            position = i + 1;
            return true;
        }

        if (input[i] != ':')
        {
            return false;
        }

        var argumentStart = i + 1;
        var argument = Sequence(input, ref argumentStart, inArgument: true);
        if (argumentStart >= input.Length)
        {
            return false;
        }

        token = new TokenNode(name, argument, input[start..(argumentStart + 1)]);
        position = argumentStart + 1;
        return true;
    }

    private static void Flush(StringBuilder text, List<TokenSegment> segments)
    {
        if (text.Length > 0)
        {
            segments.Add(new TextSegment(text.ToString()));
            text.Clear();
        }
    }
}
