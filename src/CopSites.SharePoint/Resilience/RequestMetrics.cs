namespace CopSites.SharePoint.Resilience;

/// <summary>
/// Client-side request accounting the CLI can print: every HTTP send is a round trip; every plain request or $batch
/// step is an operation (a write unless it is a GET). Retries count again, as the tenant sees them. Thread-safe.
/// </summary>
public sealed class RequestMetrics
{
    private long _roundTrips;
    private long _operations;
    private long _writes;
    private long _throttled;
    private long _unavailable;
    private long _retries;

    /// <summary>Counts one HTTP send.</summary>
    public void CountRoundTrip() => Interlocked.Increment(ref _roundTrips);

    /// <summary>Counts one operation sent (a plain request or one batch step).</summary>
    public void CountOperation(string method)
    {
        Interlocked.Increment(ref _operations);
        if (!string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _writes);
        }
    }

    /// <summary>Counts an operation's response status: 429 and 503 are tallied.</summary>
    public void CountStatus(int status)
    {
        if (status == 429)
        {
            Interlocked.Increment(ref _throttled);
        }
        else if (status == 503)
        {
            Interlocked.Increment(ref _unavailable);
        }
    }

    /// <summary>Counts a retry (of a request or of a batch step).</summary>
    public void CountRetry() => Interlocked.Increment(ref _retries);

    /// <summary>The counts so far.</summary>
    public RequestMetricsSnapshot Snapshot() => new(
        Interlocked.Read(ref _roundTrips), Interlocked.Read(ref _operations), Interlocked.Read(ref _writes),
        Interlocked.Read(ref _throttled), Interlocked.Read(ref _unavailable), Interlocked.Read(ref _retries));
}

/// <summary>Request counts at one moment.</summary>
/// <param name="RoundTrips">HTTP sends (a $batch counts once).</param>
/// <param name="Operations">Plain requests plus batch steps sent.</param>
/// <param name="Writes">Operations other than GET.</param>
/// <param name="Throttled">Operations answered 429.</param>
/// <param name="Unavailable">Operations answered 503.</param>
/// <param name="Retries">Operations sent again after a 429, 503 or transient failure.</param>
public sealed record RequestMetricsSnapshot(long RoundTrips, long Operations, long Writes, long Throttled, long Unavailable, long Retries)
{
    /// <summary>The counts accumulated since <paramref name="earlier"/>.</summary>
    public RequestMetricsSnapshot Since(RequestMetricsSnapshot earlier) => new(
        RoundTrips - earlier.RoundTrips, Operations - earlier.Operations, Writes - earlier.Writes,
        Throttled - earlier.Throttled, Unavailable - earlier.Unavailable, Retries - earlier.Retries);

    /// <inheritdoc />
    public override string ToString() =>
        $"{RoundTrips} round trips, {Operations} operations ({Writes} writes), {Throttled} throttled, {Unavailable} unavailable, {Retries} retries";
}
