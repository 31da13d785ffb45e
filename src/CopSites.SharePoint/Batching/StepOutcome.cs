using System.Text.Json.Nodes;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Batching;

/// <summary>What one send of one item gave: a step's response inside a $batch, or a lone request's response.</summary>
internal sealed record StepOutcome(int Index, int Status, IReadOnlyDictionary<string, string> Headers, string RawBody, TenantRequestError? OuterError = null)
{
    public JsonNode? Body { get; } = ErrorBodies.TryParseJson(RawBody);

    public bool IsThrottling => Status is 429 or 503 && OuterError is null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public BatchItemResult ToResult(BatchItem item, int attempts) => new()
    {
        Index = Index,
        Operation = item.Operation,
        Status = Status,
        Headers = Headers,
        Body = Body,
        RawBody = RawBody,
        Attempts = attempts,
        Error = Status is >= 200 and < 300 ? null : OuterError ?? ErrorBodies.Parse(item.Operation, Status, Body, Header),
    };

    public static async Task<StepOutcome> FromResponseAsync(int index, HttpResponseMessage response, CancellationToken ct)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers)
        {
            headers[name] = string.Join(",", values);
        }

        if (response.Content is not null)
        {
            foreach (var (name, values) in response.Content.Headers)
            {
                headers[name] = string.Join(",", values);
            }
        }

        var body = response.Content is null ? "" : await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        return new StepOutcome(index, (int)response.StatusCode, headers, body);
    }

    public static StepOutcome Failed(int index, TenantRequestError error) =>
        new(index, error.Status, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), "", error);
}
