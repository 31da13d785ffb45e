using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;

namespace CopSites.LocalTenant.Protocol;

/// <summary>One Graph operation as a handler sees it: a plain HTTP request or one step of a $batch.</summary>
public sealed class GraphCall
{
    /// <summary>GET, POST, PATCH, PUT or DELETE.</summary>
    public required string Method { get; init; }

    /// <summary>The decoded path below /v1.0.</summary>
    public required GraphPath Path { get; init; }

    /// <summary>Query string values, decoded, keys case-insensitive.</summary>
    public required IReadOnlyDictionary<string, string> Query { get; init; }

    /// <summary>Request headers, keys case-insensitive.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The raw body bytes (empty when none).</summary>
    public required byte[] Body { get; init; }

    /// <summary>The caller the token names.</summary>
    public required Caller Caller { get; init; }

    /// <summary>The tenant the call runs against.</summary>
    public required TenantContext Tenant { get; init; }

    /// <summary>True for a step inside a $batch.</summary>
    public bool InBatch { get; init; }

    /// <summary>The matched route template (set by the router).</summary>
    public string RouteTemplate { get; internal set; } = "";

    /// <summary>Values captured by the route template (set by the router).</summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; internal set; } = new Dictionary<string, string>();

    private ODataQuery? _odata;

    /// <summary>The parsed OData system query options.</summary>
    public ODataQuery OData => _odata ??= ODataQuery.Parse(Query);

    /// <summary>A route value by name (as in the template, e.g. "site-id").</summary>
    public string Route(string name) => RouteValues.TryGetValue(name, out var value)
        ? value
        : throw new InvalidOperationException($"Route {RouteTemplate} has no value '{name}'.");

    /// <summary>The body as a JSON object; 400 when it is missing or not an object.</summary>
    public JsonObject JsonBody()
    {
        if (Body.Length == 0)
        {
            throw GraphProblem.BadRequest("A request body is required.");
        }

        try
        {
            return JsonNode.Parse(Body) as JsonObject ?? throw GraphProblem.BadRequest("The request body must be a JSON object.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw GraphProblem.BadRequest($"The request body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>The If-Match header without quotes, or null.</summary>
    public string? IfMatch => Headers.TryGetValue("If-Match", out var value) && value != "*" ? value : null;
}
