using System.Collections.Concurrent;

namespace CopSites.SharePoint.Tests.TestSupport;

/// <summary>The innermost client handler in tests: records what goes on the wire (method, URL, headers, body) before the socket.</summary>
public sealed class CapturingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new CapturedRequest(request.Method.Method, request.RequestUri!, request.Headers.UserAgent.ToString(),
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), body));
        return await base.SendAsync(request, cancellationToken);
    }
}

public sealed record CapturedRequest(string Method, Uri Uri, string UserAgent, IReadOnlyDictionary<string, string> Headers, string Body);
