namespace CopSites.LocalTenant.Protocol;

/// <summary>A parsed route template such as "sites/{site-id}/lists".</summary>
public sealed class RouteTemplate
{
    private readonly Segment[] _segments;

    private RouteTemplate(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The template as written, without leading slash.</summary>
    public string Text { get; }

    /// <summary>Parses a template.</summary>
    public static RouteTemplate Parse(string template)
    {
        var text = template.Trim('/');
        var segments = text.Split('/').Select(ParseSegment).ToArray();
        return new RouteTemplate(text, segments);
    }

    /// <summary>Matches a path; the score is higher for more literal segments.</summary>
    public bool TryMatch(GraphPath path, out Dictionary<string, string> values, out int score)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        score = 0;
        if (path.Segments.Count != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var actual = path.Segments[i];
            switch (_segments[i])
            {
                case { Kind: SegmentKind.Literal } literal:
                    if (!string.Equals(literal.Name, actual, StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }

                    score += 2;
                    break;
                case { Kind: SegmentKind.Parameter } parameter:
                    values[parameter.Name] = actual;
                    score += 1;
                    break;
                case { Kind: SegmentKind.Function } function:
                    if (!TryMatchFunction(function, actual, values))
                    {
                        return false;
                    }

                    score += 2;
                    break;
            }
        }

        return true;
    }

    private static bool TryMatchFunction(Segment function, string actual, Dictionary<string, string> values)
    {
        var open = actual.IndexOf('(');
        if (open < 0 || !actual.EndsWith(')') || !string.Equals(actual[..open], function.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var argument in SplitArguments(actual[(open + 1)..^1]))
        {
            var eq = argument.IndexOf('=');
            if (eq > 0)
            {
                values[argument[..eq].Trim()] = argument[(eq + 1)..].Trim().Trim('\'');
            }
        }

        return true;
    }

    private static IEnumerable<string> SplitArguments(string arguments)
    {
        var inQuote = false;
        var start = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] == '\'')
            {
                inQuote = !inQuote;
            }
            else if (arguments[i] == ',' && !inQuote)
            {
                yield return arguments[start..i];
                start = i + 1;
            }
        }

        if (start < arguments.Length)
        {
            yield return arguments[start..];
        }
    }

    private static Segment ParseSegment(string segment)
    {
        if (segment.StartsWith('{') && segment.EndsWith('}'))
        {
            return new Segment(SegmentKind.Parameter, segment[1..^1]);
        }

        var open = segment.IndexOf('(');
        return open > 0 ? new Segment(SegmentKind.Function, segment[..open]) : new Segment(SegmentKind.Literal, segment);
    }

    private enum SegmentKind { Literal, Parameter, Function }

    private sealed record Segment(SegmentKind Kind, string Name);
}
