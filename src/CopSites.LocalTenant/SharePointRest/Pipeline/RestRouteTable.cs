using System.Text.RegularExpressions;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>A REST handler.</summary>
internal delegate Task<RestResult> RestHandler(RestRequest request, CancellationToken ct);

/// <summary>One REST route: method, template (relative to /_api, e.g. "web/navigation/GetNodeById({id})"), scope, handler.</summary>
internal sealed record RestRoute(string Method, string Template, Regex Pattern, ScopeRequirement Scopes, RestHandler Handler);

/// <summary>
/// The REST routes. Templates match case-insensitively, as SharePoint does; "{name}" captures up to the next literal,
/// so function segments such as GetByTitle('{title}') or pages({id}) capture their arguments.
/// </summary>
internal sealed class RestRouteTable
{
    private readonly List<RestRoute> _routes = [];

    public RestRouteTable Map(string method, string template, ScopeRequirement scopes, RestHandler handler)
    {
        // A quoted argument ('{url}') may hold slashes; a bare one stays inside its segment.
        var escaped = Regex.Replace(Regex.Escape(template), @"'\\\{([a-zA-Z]+)}'", "'(?<$1>.*?)'");
        var pattern = "^" + Regex.Replace(escaped, @"\\\{([a-zA-Z]+)}", "(?<$1>[^/]*?)") + "/?$";
        _routes.Add(new RestRoute(method, template, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), scopes, handler));
        return this;
    }

    /// <summary>Finds the route; 404 ResourceNotFound for an unknown path, 405 for a known path with another method.</summary>
    public (RestRoute Route, IReadOnlyDictionary<string, string> Values) Match(string method, string apiPath)
    {
        var path = apiPath.Trim('/');
        RestRoute? other = null;
        foreach (var route in _routes)
        {
            var match = route.Pattern.Match(path);
            if (!match.Success)
            {
                continue;
            }

            if (!route.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
            {
                other ??= route;
                continue;
            }

            var values = route.Pattern.GetGroupNames().Where(g => !int.TryParse(g, out _))
                .ToDictionary(g => g, g => match.Groups[g].Value, StringComparer.OrdinalIgnoreCase);
            return (route, values);
        }

        throw other is not null
            ? RestProblem.MethodNotAllowed(method, other.Template)
            : RestProblem.ResourceNotFound(path.Split('/')[^1]);
    }
}
