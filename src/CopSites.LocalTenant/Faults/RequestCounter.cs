namespace CopSites.LocalTenant.Faults;

/// <summary>
/// Counts what clients send, so tests and benchmarks can measure them: every HTTP round trip, and every operation
/// (a plain request or one $batch step) by method, route template and status, since a mark.
/// </summary>
public sealed class RequestCounter
{
    private readonly Lock _lock = new();
    private readonly List<CountedRequest> _requests = [];

    /// <summary>Records one operation or round trip.</summary>
    public void Record(CountedRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
        }
    }

    /// <summary>A mark: pass it to <see cref="Since"/> to count only what came after.</summary>
    public long Mark()
    {
        lock (_lock)
        {
            return _requests.Count;
        }
    }

    /// <summary>The counts since <paramref name="mark"/>.</summary>
    public RequestSummary Since(long mark)
    {
        CountedRequest[] slice;
        lock (_lock)
        {
            var from = (int)Math.Clamp(mark, 0, _requests.Count);
            slice = _requests.Skip(from).ToArray();
        }

        var operations = slice.Where(r => r.Kind == CountedKind.Operation).ToArray();
        var byRoute = operations
            .GroupBy(r => (r.Method, r.Route, r.Status))
            .Select(g => new RouteCount(g.Key.Method, g.Key.Route, g.Key.Status, g.Count()))
            .OrderBy(c => c.Route, StringComparer.Ordinal).ThenBy(c => c.Method, StringComparer.Ordinal).ThenBy(c => c.Status)
            .ToArray();
        return new RequestSummary(
            Mark: mark,
            RoundTrips: slice.Count(r => r.Kind == CountedKind.RoundTrip),
            Total: operations.Length,
            Writes: operations.Count(r => r.Method != "GET"),
            SuccessfulWrites: operations.Count(r => r.Method != "GET" && r.Status is >= 200 and < 300),
            Throttled: operations.Count(r => r.Status == 429),
            ByRoute: byRoute);
    }
}

/// <summary>Whether a record is an HTTP round trip or an operation.</summary>
public enum CountedKind
{
    /// <summary>One HTTP request on the wire (a $batch counts once).</summary>
    RoundTrip,

    /// <summary>One Graph or REST operation: a plain request or one batch step.</summary>
    Operation,
}

/// <summary>One counted request.</summary>
public sealed record CountedRequest(CountedKind Kind, string Method, string Route, int Status);

/// <summary>Counts by method, route and status.</summary>
public sealed record RouteCount(string Method, string Route, int Status, int Count);

/// <summary>What was counted since a mark.</summary>
public sealed record RequestSummary(long Mark, int RoundTrips, int Total, int Writes, int SuccessfulWrites, int Throttled, IReadOnlyList<RouteCount> ByRoute);
