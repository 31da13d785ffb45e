using System.Text.Json.Nodes;
using CopSites.SharePoint.Resilience;
using Microsoft.Kiota.Abstractions.Serialization;

namespace CopSites.SharePoint.Batching;

/// <summary>
/// The outcome of one <see cref="BatchItem"/>: its final status, headers and body, and when it failed, the typed
/// <see cref="Error"/>. Failures (4xx, or throttling that outlasted the attempts) are results, not exceptions, so a
/// caller can report what failed and where and carry on with the rest.
/// </summary>
public sealed record BatchItemResult
{
    /// <summary>The item's position in the input.</summary>
    public required int Index { get; init; }

    /// <summary>The item's operation name.</summary>
    public required string Operation { get; init; }

    /// <summary>The final HTTP status (0 when no response arrived).</summary>
    public required int Status { get; init; }

    /// <summary>The final response's headers (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The body as JSON (null when empty or not JSON).</summary>
    public JsonNode? Body { get; init; }

    /// <summary>The body as text (empty when there was none).</summary>
    public string RawBody { get; init; } = "";

    /// <summary>How many times the item was sent.</summary>
    public int Attempts { get; init; }

    /// <summary>Set when <see cref="Status"/> is not 2xx.</summary>
    public TenantRequestError? Error { get; init; }

    /// <summary>True for 2xx.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Parses the body into an SDK model, e.g. <c>ReadAsync(Site.CreateFromDiscriminatorValue, ct)</c>; null when empty.</summary>
    public async Task<T?> ReadAsync<T>(ParsableFactory<T> factory, CancellationToken ct) where T : IParsable =>
        RawBody.Length == 0 ? default : await KiotaJsonSerializer.DeserializeAsync(RawBody, factory, ct).ConfigureAwait(false);

    /// <summary>Throws the typed error when the item failed; returns this result otherwise.</summary>
    public BatchItemResult EnsureSuccess()
    {
        if (Error is null)
        {
            return this;
        }

        throw Error.IsThrottling ? new TenantThrottledException(Error, Attempts, null) : new TenantRequestException(Error);
    }
}
