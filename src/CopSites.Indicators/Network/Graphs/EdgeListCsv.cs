using System.Globalization;
using System.Text;

namespace CopSites.Indicators.Network.Graphs;

/// <summary>
/// Reads the `indicators network` inputs: an edge list with the header <c>source,target</c> or
/// <c>source,target,weight</c>, and a group list with the header <c>node,group</c>. Fields may be quoted as in RFC 4180
/// (labels with commas or quotes); blank lines are skipped; anything else is refused naming the line.
/// </summary>
public static class EdgeListCsv
{
    /// <summary>The longest line accepted (a label is a name, not a document).</summary>
    public const int MaxLineLength = 64 * 1024;

    /// <summary>Reads an edge list into a graph; without <paramref name="weighted"/> a weight column is read but every tie counts 1.</summary>
    public static WeightedGraph ReadEdges(TextReader reader, string source, bool weighted, CancellationToken cancellationToken)
    {
        var builder = new GraphBuilder();
        var hasWeight = false;
        foreach (var (line, fields) in Records(reader, source, cancellationToken))
        {
            if (line.IsHeader)
            {
                hasWeight = Header(fields, source, line.Number, ["source", "target"], optional: "weight");
                continue;
            }

            if (fields.Count != (hasWeight ? 3 : 2))
            {
                throw new EdgeListFormatException(source, line.Number, $"expected {(hasWeight ? 3 : 2)} fields (source,target{(hasWeight ? ",weight" : "")}), found {fields.Count}");
            }

            var (a, b) = (Label(fields[0], source, line.Number, "source"), Label(fields[1], source, line.Number, "target"));
            var weight = 1.0;
            if (hasWeight)
            {
                if (!double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !(weight > 0) || double.IsInfinity(weight))
                {
                    throw new EdgeListFormatException(source, line.Number, $"weight '{Shorten(fields[2])}' is not a positive number (use a dot for decimals)");
                }
            }

            builder.AddEdge(a, b, weighted ? weight : 1);
        }

        return builder.Build();
    }

    /// <summary>Reads a group list (<c>node,group</c>); a node listed twice with different groups is refused.</summary>
    public static IReadOnlyDictionary<string, string> ReadGroups(TextReader reader, string source, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, fields) in Records(reader, source, cancellationToken))
        {
            if (line.IsHeader)
            {
                Header(fields, source, line.Number, ["node", "group"], optional: null);
                continue;
            }

            if (fields.Count != 2)
            {
                throw new EdgeListFormatException(source, line.Number, $"expected 2 fields (node,group), found {fields.Count}");
            }

            var node = Label(fields[0], source, line.Number, "node");
            var group = Label(fields[1], source, line.Number, "group");
            if (groups.TryGetValue(node, out var earlier) && earlier != group)
            {
                throw new EdgeListFormatException(source, line.Number, $"node '{Shorten(node)}' is already in group '{Shorten(earlier)}'");
            }

            groups[node] = group;
        }

        return groups;
    }

    private static bool Header(IReadOnlyList<string> fields, string source, int line, string[] required, string? optional)
    {
        var names = fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
        var expected = optional is null ? string.Join(',', required) : $"{string.Join(',', required)}[,{optional}]";
        var matches = names.Length >= required.Length && names.Take(required.Length).SequenceEqual(required)
            && (names.Length == required.Length || (optional is not null && names.Length == required.Length + 1 && names[^1] == optional));
        if (!matches)
        {
            throw new EdgeListFormatException(source, line, $"the first line must be the header '{expected}', found '{Shorten(string.Join(',', fields))}'");
        }

        return names.Length > required.Length;
    }

    private static string Label(string field, string source, int line, string what)
    {
        var label = field.Trim();
        if (label.Length == 0)
        {
            throw new EdgeListFormatException(source, line, $"the {what} is empty");
        }

        return label;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private readonly record struct LineInfo(int Number, bool IsHeader);

    private static IEnumerable<(LineInfo Line, IReadOnlyList<string> Fields)> Records(TextReader reader, string source, CancellationToken cancellationToken)
    {
        var number = 0;
        var headerSeen = false;
        var buffer = new char[MaxLineLength + 2];
        while (ReadLine(reader, buffer, source, ++number) is { } text)
        {
            if ((number & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (number == 1 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            yield return (new LineInfo(number, !headerSeen), Split(text, source, number));
            headerSeen = true;
        }

        if (!headerSeen)
        {
            throw new EdgeListFormatException(source, 1, "the file is empty; it needs a header line");
        }
    }

    private static string? ReadLine(TextReader reader, char[] buffer, string source, int number)
    {
        var length = 0;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                return new string(buffer, 0, length > 0 && buffer[length - 1] == '\r' ? length - 1 : length);
            }

            if (length > MaxLineLength)
            {
                throw new EdgeListFormatException(source, number, $"the line is longer than {MaxLineLength:N0} characters, the limit");
            }

            buffer[length++] = (char)c;
        }

        return length == 0 ? null : new string(buffer, 0, length > 0 && buffer[length - 1] == '\r' ? length - 1 : length);
    }

    private static List<string> Split(string line, string source, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new EdgeListFormatException(source, number, "a quoted field is not closed");
        }

        fields.Add(field.ToString());
        return fields;
    }
}
