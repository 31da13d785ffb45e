using System.Text;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.OData;

/// <summary>
/// A recursive-descent parser for the $filter subset SharePoint list queries use:
/// eq ne gt ge lt le, and, or, not, parentheses, startswith/endswith/contains.
/// </summary>
public sealed class FilterParser
{
    private readonly List<string> _tokens;
    private int _position;

    private FilterParser(List<string> tokens) => _tokens = tokens;

    /// <summary>Parses a filter; 400 invalidRequest with the offending token when it cannot.</summary>
    public static FilterExpression Parse(string filter)
    {
        var parser = new FilterParser(Tokenize(filter));
        var expression = parser.ParseOr();
        if (parser._position != parser._tokens.Count)
        {
            throw GraphProblem.BadRequest($"Invalid filter clause: unexpected '{parser._tokens[parser._position]}'.");
        }

        return expression;
    }

    private FilterExpression ParseOr()
    {
        var left = ParseAnd();
        while (PeekKeyword("or"))
        {
            _position++;
            left = new LogicalFilter("or", left, ParseAnd());
        }

        return left;
    }

    private FilterExpression ParseAnd()
    {
        var left = ParseUnary();
        while (PeekKeyword("and"))
        {
            _position++;
            left = new LogicalFilter("and", left, ParseUnary());
        }

        return left;
    }

    private FilterExpression ParseUnary()
    {
        if (PeekKeyword("not"))
        {
            _position++;
            return new NotFilter(ParseUnary());
        }

        if (Peek() == "(")
        {
            _position++;
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var first = Next();
        var lower = first.ToLowerInvariant();
        if (lower is "startswith" or "endswith" or "contains" && Peek() == "(")
        {
            _position++;
            var path = Next();
            Expect(",");
            var argument = Literal(Next());
            Expect(")");
            return new FunctionFilter(lower, path, argument.Text ?? "");
        }

        var op = Next().ToLowerInvariant();
        if (op is not ("eq" or "ne" or "gt" or "ge" or "lt" or "le"))
        {
            throw GraphProblem.BadRequest($"Invalid filter clause: unsupported operator '{op}'.");
        }

        return new ComparisonFilter(first, op, Literal(Next()));
    }

    private static FilterValue Literal(string token)
    {
        if (token.StartsWith('\''))
        {
            return new FilterValue(token[1..^1].Replace("''", "'", StringComparison.Ordinal), false);
        }

        return token.Equals("null", StringComparison.OrdinalIgnoreCase) ? new FilterValue(null, true) : new FilterValue(token, false);
    }

    private bool PeekKeyword(string keyword) => Peek() is { } t && t.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private string? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    private string Next() => _position < _tokens.Count
        ? _tokens[_position++]
        : throw GraphProblem.BadRequest("Invalid filter clause: the expression ends too early.");

    private void Expect(string token)
    {
        if (Next() != token)
        {
            throw GraphProblem.BadRequest($"Invalid filter clause: expected '{token}'.");
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var sb = new StringBuilder("'");
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        sb.Append("''");
                        i += 2;
                    }
                    else if (text[i] == '\'')
                    {
                        break;
                    }
                    else
                    {
                        sb.Append(text[i++]);
                    }
                }

                if (i >= text.Length)
                {
                    throw GraphProblem.BadRequest("Invalid filter clause: unterminated string literal.");
                }

                i++;
                tokens.Add(sb.Append('\'').ToString());
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ','))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }
}
