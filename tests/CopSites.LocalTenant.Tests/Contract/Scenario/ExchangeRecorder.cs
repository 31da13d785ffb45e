using System.Collections.Concurrent;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>
/// The innermost handler of the SDK's pipeline: records every request as it goes on the wire (after retry and
/// redirect handling) with the response's status and body, so the contract test can check what the tenant answered.
/// </summary>
internal sealed class ExchangeRecorder(ExchangeLog log) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var responseBody = "";
        if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            // Buffered content can be read again by the SDK after we have read it here.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        }

        log.Add(new RecordedExchange(request.Method.Method, request.RequestUri!, (int)response.StatusCode, requestBody, responseBody));
        return response;
    }
}

/// <summary>One request on the wire and what came back (the body only when it is JSON).</summary>
internal sealed record RecordedExchange(string Method, Uri Uri, int Status, string RequestBody, string ResponseBody);

/// <summary>What every recording client of one scenario sent and received, in order.</summary>
internal sealed class ExchangeLog
{
    private readonly ConcurrentQueue<RecordedExchange> _exchanges = new();

    public IReadOnlyList<RecordedExchange> Exchanges => [.. _exchanges];

    public void Add(RecordedExchange exchange) => _exchanges.Enqueue(exchange);
}
