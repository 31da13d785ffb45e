using System.Text;

namespace CopSites.Provisioning.Tokens;

/// <summary>A piece of a string: plain text or a token (whose argument may itself hold tokens).</summary>
internal abstract record TokenSegment;

internal sealed record TextSegment(string Text) : TokenSegment;

internal sealed record TokenNode(string Name, IReadOnlyList<TokenSegment>? Argument, string Text) : TokenSegment;

/// <summary>A string over a token limit: it is not parsed further and resolves to an error naming the limit.</summary>
internal sealed record OverLimitSegment(string Text, string Limit) : TokenSegment;

/// <summary>
/// Splits a string into text and tokens in one left-to-right pass. A token is <c>{name}</c> or
/// <c>{name:argument}</c> where the name starts with a letter; anything else with braces (JSON
/// objects, GUIDs such as <c>{2735DBDB-...}</c>, the outer braces of <c>{{listid:X}}</c>) stays text.
/// Resolved values are never scanned again, so a value containing braces cannot be mistaken for a token.
/// </summary>
internal static class TokenSyntax
{
    /// <summary>The deepest nesting of tokens in arguments accepted (real templates nest two: <c>{listurl:{parameter:L}}</c>).</summary>
    public const int MaxNesting = 8;

    /// <summary>The most tokens one string may hold (a real attribute holds a handful; a page canvas a few hundred).</summary>
    public const int MaxTokens = 10_000;

    public static IReadOnlyList<TokenSegment> Parse(string input)
    {
        var position = 0;
        var budget = new Budget();
        try
        {
            return Sequence(input, ref position, inArgument: false, budget);
        }
        catch (LimitReachedException limit)
        {
            // Refused whole, before any deeper recursion or allocation: the limit bounds stack and memory.
            return [new OverLimitSegment(input.Length > 60 ? input[..60] + "…" : input, limit.Message)];
        }
    }

    private static List<TokenSegment> Sequence(string input, ref int position, bool inArgument, Budget budget)
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

            if (c == '{' && TryToken(input, ref position, budget, out var token))
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

    private static bool TryToken(string input, ref int position, Budget budget, out TokenNode token)
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
            budget.Count(input, start);
            token = new TokenNode(name, null, input[start..(i + 1)]);
            position = i + 1;
            return true;
        }

        if (input[i] != ':')
        {
            return false;
        }

        var argumentStart = i + 1;
        if (++budget.Depth > MaxNesting)
        {
            throw new LimitReachedException($"tokens nest more than {MaxNesting} deep in their arguments, the limit");
        }

        var argument = Sequence(input, ref argumentStart, inArgument: true, budget);
        budget.Depth--;
        if (argumentStart >= input.Length)
        {
            return false;
        }

        budget.Count(input, start);
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

    private sealed class Budget
    {
        private int _tokens;

        public int Depth { get; set; }

        public void Count(string input, int at)
        {
            if (++_tokens > MaxTokens)
            {
                throw new LimitReachedException($"the string holds more than {MaxTokens:N0} tokens, the limit (the {MaxTokens + 1:N0}th is at character {at:N0} of {input.Length:N0})");
            }
        }
    }

    private sealed class LimitReachedException(string message) : Exception(message);
}
