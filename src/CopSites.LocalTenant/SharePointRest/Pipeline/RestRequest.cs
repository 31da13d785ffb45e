using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>One SharePoint REST call as a handler sees it: the resolved site, the effective method and the matched route.</summary>
internal sealed class RestRequest
{
    /// <summary>The effective method: X-HTTP-Method on a POST wins (MERGE, PATCH, PUT, DELETE).</summary>
    public required string Method { get; init; }

    /// <summary>Query string values, decoded, keys case-insensitive.</summary>
    public required IReadOnlyDictionary<string, string> Query { get; init; }

    /// <summary>The raw body bytes (empty when none).</summary>
    public required byte[] Body { get; init; }

    public required Caller Caller { get; init; }

    public required TenantContext Tenant { get; init; }

    /// <summary>The site (web) addressed by the URL path.</summary>
    public required StoredEntity Site { get; init; }

    /// <summary>The response format asked for.</summary>
    public required RestFormat Format { get; init; }

    /// <summary>Values captured by the route template.</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; set; } = new Dictionary<string, string>();

    private ODataQuery? _odata;

    /// <summary>$select, $expand, $filter, $orderby, $top as parsed by the Graph core (SharePoint uses the same syntax).</summary>
    public ODataQuery OData => _odata ??= ODataQuery.Parse(Query);

    /// <summary>The site's server-relative path ("/" or "/sites/x").</summary>
    public string SitePath => Site.Document["serverRelativePath"]!.GetValue<string>();

    /// <summary>A route value by name.</summary>
    public string Route(string name) => RouteValues[name];

    /// <summary>An integer route value; 400 ArgumentException when it is not one.</summary>
    public int IntRoute(string name) => int.TryParse(Route(name), out var value)
        ? value
        : throw RestProblem.Argument($"Input string '{Route(name)}' was not in a correct format for parameter '{name}'.");

    /// <summary>The absolute URL of a path relative to this web's /_api.</summary>
    public string ApiUrl(string relative) => Tenant.WebUrl(Resources.Sites.SiteFactory.JoinPath(SitePath, "_api/" + relative));

    /// <summary>The body as an object without its verbose __metadata; 400 when it is not JSON.</summary>
    public JsonObject JsonBody()
    {
        if (Body.Length == 0)
        {
            return [];
        }

        try
        {
            var body = JsonNode.Parse(Body) as JsonObject ?? throw RestProblem.InvalidQuery("The request body must be a JSON object.");
            body.Remove("__metadata");
            return body;
        }
        catch (JsonException e)
        {
            throw RestProblem.InvalidQuery("Invalid JSON. " + e.Message);
        }
    }

    /// <summary>A body property whatever its case (SharePoint property names are case-insensitive).</summary>
    public static JsonNode? Property(JsonObject body, string name) =>
        body.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
