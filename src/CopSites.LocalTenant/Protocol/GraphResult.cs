using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Protocol;

/// <summary>What a handler answers: a status with a JSON body, raw bytes or nothing.</summary>
public sealed record GraphResult(int Status, JsonNode? Json = null, byte[]? Bytes = null, string? ContentType = null)
{
    /// <summary>Extra headers (ETag, Location, Retry-After).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static GraphResult Ok(JsonNode json) => new(200, json);
    public static GraphResult Created(JsonNode json) => new(201, json);
    public static GraphResult NoContent() => new(204);
    public static GraphResult Accepted() => new(202);
    public static GraphResult File(byte[] bytes, string contentType) => new(200, null, bytes, contentType);

    /// <summary>Returns a copy with one more header.</summary>
    public GraphResult WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };
}
