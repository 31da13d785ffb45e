using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace CopSites.SharePoint.Tests.TestSupport;

/// <summary>A scripted server for tests that need responses the local tenant does not give (SharePoint REST here).</summary>
public sealed class StubTransport(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int _calls;

    public ConcurrentQueue<(HttpRequestMessage Request, string Body, DateTimeOffset At)> Requests { get; } = new();

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request, body, TimeProvider.System.GetUtcNow()));
        var response = respond(request, Interlocked.Increment(ref _calls));
        response.RequestMessage = request;
        return response;
    }
}
