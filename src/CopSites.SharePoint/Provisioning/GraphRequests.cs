using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Provisioning;

/// <summary>Builds raw Graph requests from wire-shaped JSON, so the engine's desired properties go out exactly as stated.</summary>
internal sealed class GraphRequests(string graphBaseUrl)
{
    /// <summary>The Graph base URL without a trailing slash (…/v1.0).</summary>
    public string BaseUrl { get; } = graphBaseUrl.TrimEnd('/');

    /// <summary>An absolute URL for a path below the base; segments given to <see cref="Segment"/> are escaped.</summary>
    public Uri Url(string relativePath) => new($"{BaseUrl}/{relativePath.TrimStart('/')}");

    /// <summary>Escapes one path segment (site ids contain commas, names spaces).</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public RequestInformation Get(string relativePath) => new() { HttpMethod = Method.GET, URI = Url(relativePath) };

    public RequestInformation Delete(string relativePath) => new() { HttpMethod = Method.DELETE, URI = Url(relativePath) };

    public RequestInformation Post(string relativePath, JsonNode body) => Json(Method.POST, relativePath, body);

    public RequestInformation Patch(string relativePath, JsonNode body) => Json(Method.PATCH, relativePath, body);

    public RequestInformation PostEmpty(string relativePath) => new() { HttpMethod = Method.POST, URI = Url(relativePath) };

    public RequestInformation PutBytes(string relativePath, byte[] content, string contentType)
    {
        var request = new RequestInformation { HttpMethod = Method.PUT, URI = Url(relativePath) };
        request.SetStreamContent(new MemoryStream(content), contentType);
        return request;
    }

    private RequestInformation Json(Method method, string relativePath, JsonNode body)
    {
        var request = new RequestInformation { HttpMethod = method, URI = Url(relativePath) };
        request.SetStreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())), "application/json");
        return request;
    }
}
