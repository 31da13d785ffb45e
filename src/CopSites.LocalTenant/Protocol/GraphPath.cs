namespace CopSites.LocalTenant.Protocol;

/// <summary>
/// A request path split into decoded segments. Graph addresses some resources by path
/// (<c>contoso.sharepoint.com:/sites/team:</c>, <c>root:/folder/file.docx:</c>); the SDK sends them escaped
/// (one segment, <c>%3A%2F</c>) outside a batch and unescaped (several segments) inside one. Both become one segment here.
/// </summary>
public sealed class GraphPath
{
    private GraphPath(IReadOnlyList<string> segments) => Segments = segments;

    /// <summary>The decoded segments, path addresses joined into one segment without the trailing colon.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>Parses a raw (still percent-encoded) path relative to the version root, such as "sites/x/lists".</summary>
    public static GraphPath Parse(string rawRelativePath)
    {
        var raw = rawRelativePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var segment = Uri.UnescapeDataString(raw[i]);
            if (OpensPathAddress(segment))
            {
                // An unescaped address runs until the next segment ending in ':' or the end of the path.
                var address = segment;
                while (i + 1 < raw.Length)
                {
                    address += "/" + Uri.UnescapeDataString(raw[++i]);
                    if (address.EndsWith(':'))
                    {
                        break;
                    }
                }

                segment = address;
            }

            if (KeyInParentheses(segment) is { } keyed)
            {
                // OData's key syntax users('a@b') addresses what the key-as-segment users/a@b does.
                segments.Add(keyed.Collection);
                segments.Add(keyed.Key);
                continue;
            }

            segments.Add(NormaliseCast(segment.EndsWith(':') && segment.Contains(":/", StringComparison.Ordinal) ? segment[..^1] : segment));
        }

        return new GraphPath(segments);
    }

    /// <summary>Splits a path address "host:/sites/x" into its key ("host") and path ("/sites/x").</summary>
    public static (string Key, string Path)? SplitAddress(string segment)
    {
        var colon = segment.IndexOf(":/", StringComparison.Ordinal);
        if (colon < 0)
        {
            return segment.EndsWith(':') ? (segment[..^1], "/") : null;
        }

        return (segment[..colon], segment[(colon + 1)..].TrimEnd(':'));
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('/', Segments);

    private static (string Collection, string Key)? KeyInParentheses(string segment)
    {
        var open = segment.IndexOf("('", StringComparison.Ordinal);
        if (open <= 0 || !segment.EndsWith("')", StringComparison.Ordinal) || !segment[..open].All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var literal = segment[(open + 2)..^2];
        // A lone quote inside means this is not one string literal (quotes are doubled inside one).
        return literal.Replace("''", string.Empty, StringComparison.Ordinal).Contains('\'') ? null : (segment[..open], literal.Replace("''", "'", StringComparison.Ordinal));
    }

    private static bool OpensPathAddress(string segment) =>
        segment.EndsWith(':') && !segment.Contains('(') && !segment.Contains(":/", StringComparison.Ordinal);

    // The SDK writes cast segments with the alias (graph.sitePage); other clients use the namespace.
    private static string NormaliseCast(string segment) =>
        segment.StartsWith("microsoft.graph.", StringComparison.OrdinalIgnoreCase) ? "graph." + segment["microsoft.graph.".Length..] : segment;
}
