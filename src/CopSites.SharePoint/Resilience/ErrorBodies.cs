using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CopSites.SharePoint.Resilience;

/// <summary>
/// Turns an error response into a <see cref="TenantRequestError"/>. Understands Graph's
/// <c>{"error":{"code","message","innerError":{"request-id","client-request-id"}}}</c> and SharePoint REST's
/// <c>{"odata.error":{"code","message":{"value"}}}</c> (and the verbose <c>{"error":{"code","message":{"value"}}}</c>).
/// </summary>
public static class ErrorBodies
{
    /// <summary>Parses an error from its parts; headers supply request ids the body lacks.</summary>
    public static TenantRequestError Parse(string operation, int status, JsonNode? body, Func<string, string?> header)
    {
        var error = body?["odata.error"] ?? body?["error"];
        var code = Text(error?["code"]);
        var message = error?["message"] switch
        {
            JsonObject localized => Text(localized["value"]),
            { } plain => Text(plain),
            null => null,
        };
        var inner = error?["innerError"] ?? error?["innererror"];
        var requestId = Text(inner?["request-id"]) ?? header("request-id") ?? header("SPRequestGuid");
        var clientRequestId = Text(inner?["client-request-id"]) ?? header("client-request-id");
        return new TenantRequestError(operation, status, code, message ?? DefaultMessage(status), requestId, clientRequestId);
    }

    /// <summary>Parses an HTTP response's error; reads (and buffers) its body.</summary>
    public static async Task<TenantRequestError> ParseAsync(string operation, HttpResponseMessage response, string? sentClientRequestId, CancellationToken ct)
    {
        var text = response.Content is null ? "" : await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var error = Parse(operation, (int)response.StatusCode, TryParseJson(text), name => Header(response.Headers, name));
        return error.ClientRequestId is null && sentClientRequestId is not null ? error with { ClientRequestId = sentClientRequestId } : error;
    }

    /// <summary>Parses JSON text, or null when it is empty or not JSON (an HTML error page, say).</summary>
    public static JsonNode? TryParseJson(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToJsonString();

    private static string DefaultMessage(int status) => status switch
    {
        429 => "Too many requests.",
        503 => "The service is unavailable.",
        0 => "No response.",
        _ => $"HTTP {status}.",
    };
}
