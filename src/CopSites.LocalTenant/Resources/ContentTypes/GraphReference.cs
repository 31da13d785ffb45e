using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>
/// A Graph URL named in a request body (@odata.bind, addCopy's contentType): any host is accepted, since callers
/// write graph.microsoft.com there; what counts is the path, e.g. /v1.0/sites/{site}/columns/{column}.
/// </summary>
public sealed class GraphReference
{
    private readonly IReadOnlyList<string> _segments;

    private GraphReference(IReadOnlyList<string> segments) => _segments = segments;

    /// <summary>Parses an absolute or relative Graph URL; 400 when it is not one.</summary>
    public static GraphReference Parse(string? url, string property)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            throw GraphProblem.BadRequest($"{property} must be a Graph URL.");
        }

        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url.Split('?')[0];
        path = path.TrimStart('/');
        foreach (var version in new[] { "v1.0/", "beta/" })
        {
            if (path.StartsWith(version, StringComparison.OrdinalIgnoreCase))
            {
                path = path[version.Length..];
            }
        }

        return new GraphReference(GraphPath.Parse(path).Segments);
    }

    /// <summary>The key after a collection segment ("sites" → the site key), or null when the URL has none.</summary>
    public string? KeyAfter(string collection)
    {
        for (var i = 0; i < _segments.Count - 1; i++)
        {
            if (_segments[i].Equals(collection, StringComparison.OrdinalIgnoreCase))
            {
                return _segments[i + 1];
            }
        }

        return null;
    }
}
