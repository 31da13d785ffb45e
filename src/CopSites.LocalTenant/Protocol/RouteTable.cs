namespace CopSites.LocalTenant.Protocol;

/// <summary>
/// Maps method + path template to handlers. Templates use the SDK route table's names without the
/// percent-encoding: "sites/{site-id}/lists/{list-id}/items/{listItem-id}". Function segments are written as in the
/// SDK table ("getActivitiesByInterval(startDateTime='{startDateTime}',...)") and capture their arguments.
/// Literal segments win over parameters, so "sites/root" is preferred to "sites/{site-id}".
/// </summary>
public sealed class RouteTable
{
    private readonly List<Route> _routes = [];

    /// <summary>Every registered route.</summary>
    public IReadOnlyList<Route> Routes => _routes;

    /// <summary>Registers a handler. <paramref name="scopes"/> overrides the default scope policy for this route.</summary>
    public RouteTable Map(string method, string template, GraphHandler handler, ScopeRequirement? scopes = null)
    {
        _routes.Add(new Route(method.ToUpperInvariant(), RouteTemplate.Parse(template), handler, scopes));
        return this;
    }

    public RouteTable MapGet(string template, GraphHandler handler, ScopeRequirement? scopes = null) => Map("GET", template, handler, scopes);
    public RouteTable MapPost(string template, GraphHandler handler, ScopeRequirement? scopes = null) => Map("POST", template, handler, scopes);
    public RouteTable MapPatch(string template, GraphHandler handler, ScopeRequirement? scopes = null) => Map("PATCH", template, handler, scopes);
    public RouteTable MapPut(string template, GraphHandler handler, ScopeRequirement? scopes = null) => Map("PUT", template, handler, scopes);
    public RouteTable MapDelete(string template, GraphHandler handler, ScopeRequirement? scopes = null) => Map("DELETE", template, handler, scopes);

    /// <summary>Finds the best route for a call; 400 when no template matches the path, 405 when only the method is wrong.</summary>
    public (Route Route, IReadOnlyDictionary<string, string> Values) Match(string method, GraphPath path)
    {
        (Route Route, Dictionary<string, string> Values, int Score)? best = null;
        var pathMatched = false;
        foreach (var route in _routes)
        {
            if (route.Template.TryMatch(path, out var values, out var score))
            {
                pathMatched = true;
                if (route.Method == method && (best is null || score > best.Value.Score))
                {
                    best = (route, values, score);
                }
            }
        }

        if (best is { } found)
        {
            return (found.Route, found.Values);
        }

        if (pathMatched)
        {
            throw GraphProblem.MethodNotAllowed($"The method {method} is not allowed on /{path}.");
        }

        var last = path.Segments.Count == 0 ? "" : path.Segments[^1];
        throw GraphProblem.BadRequest($"Resource not found for the segment '{last}'.");
    }

    /// <summary>A registered route.</summary>
    public sealed record Route(string Method, RouteTemplate Template, GraphHandler Handler, ScopeRequirement? Scopes);
}
