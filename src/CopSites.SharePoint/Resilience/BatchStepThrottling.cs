using System.Text.Json;

namespace CopSites.SharePoint.Resilience;

/// <summary>
/// Reads a $batch response for throttled steps (the outer status is 200, so only the body tells): the longest wait
/// asked by a step answered 429 or 503. The throttling handler pauses the gate with it before the batch's slot is
/// freed, so no other caller sends in between.
/// </summary>
internal static class BatchStepThrottling
{
    /// <summary>Null when no step was throttled; <paramref name="noRetryAfter"/> for a 429 step that named no wait.</summary>
    public static async Task<TimeSpan?> LongestWaitAsync(HttpResponseMessage response, TimeProvider time, TimeSpan noRetryAfter, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode || response.Content is null)
        {
            return null;
        }

        // Bytes, not the stream: a buffered content hands out one shared stream, which the SDK must still read from the start.
        var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("responses", out var steps) || steps.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            TimeSpan? longest = null;
            foreach (var step in steps.EnumerateArray())
            {
                var status = step.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) ? n : 0;
                if (status is not (429 or 503))
                {
                    continue;
                }

                var wait = RetryAfter.From(Headers(step), time) ?? (status == 429 ? noRetryAfter : TimeSpan.Zero);
                longest = longest is { } l && l >= wait ? l : wait;
            }

            return longest;
        }
    }

    private static Dictionary<string, string> Headers(JsonElement step)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (step.TryGetProperty("headers", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in values.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
            }
        }

        return headers;
    }
}
