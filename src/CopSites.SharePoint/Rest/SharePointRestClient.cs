using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Rest;

/// <summary>
/// SharePoint REST (/{site}/_api/...) with JSON light (<c>odata=nometadata</c>), through the same pipeline as Graph:
/// SharePoint token, User-Agent decoration, the tenant's throttle gate and retries. Failures throw
/// <see cref="TenantRequestException"/> with SharePoint's error code and message
/// (<c>{"odata.error":{"code","message":{"value"}}}</c>) and the request ids.
/// </summary>
public sealed class SharePointRestClient
{
    /// <summary>The JSON light format asked for and sent.</summary>
    public const string NoMetadata = "application/json;odata=nometadata";

    private readonly HttpClient _http;

    internal SharePointRestClient(HttpClient http, Uri webRoot)
    {
        _http = http;
        WebRoot = webRoot;
    }

    /// <summary>The tenant's SharePoint root.</summary>
    public Uri WebRoot { get; }

    /// <summary>{root}{sitePath}/_api/{apiPath}; <paramref name="sitePath"/> is server-relative ("/sites/water-cop", or "/" for the root site).</summary>
    public Uri ApiUrl(string sitePath, string apiPath)
    {
        var site = "/" + sitePath.Trim().Trim('/');
        return new Uri(WebRoot, (site == "/" ? "" : site) + "/_api/" + apiPath.TrimStart('/'));
    }

    /// <summary>GET: the JSON body.</summary>
    public Task<JsonNode?> GetAsync(string sitePath, string apiPath, string operation, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, null, sitePath, apiPath, null, operation, ct);

    /// <summary>POST (create, or call a method): the JSON body, null when empty.</summary>
    public Task<JsonNode?> PostAsync(string sitePath, string apiPath, JsonNode? body, string operation, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, null, sitePath, apiPath, body, operation, ct);

    /// <summary>MERGE (update the given properties): POST with X-HTTP-Method: MERGE and IF-MATCH: *.</summary>
    public Task MergeAsync(string sitePath, string apiPath, JsonNode body, string operation, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "MERGE", sitePath, apiPath, body, operation, ct);

    /// <summary>DELETE: POST with X-HTTP-Method: DELETE and IF-MATCH: *.</summary>
    public Task DeleteAsync(string sitePath, string apiPath, string operation, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "DELETE", sitePath, apiPath, null, operation, ct);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string? tunnelled, string sitePath, string apiPath, JsonNode? body, string operation,
        CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, ApiUrl(sitePath, apiPath));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(NoMetadata));
        var clientRequestId = Guid.NewGuid().ToString();
        request.Headers.Add("client-request-id", clientRequestId);
        if (tunnelled is not null)
        {
            request.Headers.Add("X-HTTP-Method", tunnelled);
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(NoMetadata);
        }

        new TenantOperation(operation).AttachTo(request);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new TenantRequestException(await ErrorBodies.ParseAsync(operation, response, clientRequestId, ct).ConfigureAwait(false));
        }

        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        return ErrorBodies.TryParseJson(text);
    }
}
