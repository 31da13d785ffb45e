using System.Globalization;
using System.Net.Http.Headers;

namespace CopSites.SharePoint.Resilience;

/// <summary>
/// Reads how long the server asked to wait: Retry-After in seconds or as an HTTP date, and RateLimit-Reset; when both
/// are present the greater wins (SharePoint's guidance). Null when the response names no wait.
/// </summary>
public static class RetryAfter
{
    /// <summary>From a response's headers.</summary>
    public static TimeSpan? From(HttpResponseHeaders headers, TimeProvider time)
    {
        TimeSpan? retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };
        var reset = headers.TryGetValues("RateLimit-Reset", out var values) ? Seconds(values.FirstOrDefault()) : null;
        return Greater(retryAfter, reset);
    }

    /// <summary>From header values as text (a $batch step's headers), looked up case-insensitively.</summary>
    public static TimeSpan? From(IReadOnlyDictionary<string, string> headers, TimeProvider time)
    {
        string? Find(string name) => headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
        return Greater(Parse(Find("Retry-After"), time), Seconds(Find("RateLimit-Reset")));
    }

    /// <summary>Parses a Retry-After value: delta seconds or an RFC 1123 date.</summary>
    public static TimeSpan? Parse(string? value, TimeProvider time)
    {
        if (Seconds(value) is { } seconds)
        {
            return seconds;
        }

        return DateTimeOffset.TryParseExact(value?.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date - time.GetUtcNow()
            : null;
    }

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;

    private static TimeSpan? Greater(TimeSpan? a, TimeSpan? b) => (a, b) switch
    {
        (null, null) => null,
        ({ } x, null) => x < TimeSpan.Zero ? TimeSpan.Zero : x,
        (null, { } y) => y,
        ({ } x, { } y) => x > y ? x : y,
    };
}
