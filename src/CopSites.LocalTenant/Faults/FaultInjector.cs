using System.Collections.Concurrent;
using System.Globalization;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Faults;

/// <summary>
/// Decides per operation whether to throttle or fail it. Models SharePoint Online: resource-unit costs per call
/// (1 single GET, 2 collection/write, 5 permissions), a per-app budget per minute, RateLimit-* headers from 80 % use,
/// and Retry-After enforcement: a call made before its Retry-After has passed is throttled again.
/// </summary>
public sealed class FaultInjector(TimeProvider clock, int? seed = null)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Random _random = seed is { } s ? new Random(s) : new Random();
    private readonly Lock _randomLock = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _throttledUntil = new();
    private readonly ConcurrentDictionary<string, ResourceBudget> _budgets = new();

    /// <summary>The delay to add to one HTTP request.</summary>
    public TimeSpan LatencyFor(FaultSettings settings)
    {
        if (settings.LatencyJitter <= TimeSpan.Zero)
        {
            return settings.Latency;
        }

        return settings.Latency + settings.LatencyJitter * NextDouble();
    }

    /// <summary>
    /// Decides for one operation (a plain request or a batch step). Steps of one batch arrive together, so a step's
    /// throttling must not make its siblings "early retries": pass a <paramref name="batch"/> scope and the Retry-After
    /// windows it opens take effect for the requests that come after the batch (<see cref="BatchThrottleScope.Commit"/>).
    /// </summary>
    public FaultDecision Decide(Caller caller, string method, GraphPath path, FaultSettings settings, BatchThrottleScope? batch = null)
    {
        if (settings.Block)
        {
            return Fail(GraphProblem.ServiceUnavailable(settings.RetryAfter));
        }

        var now = clock.GetUtcNow();
        var key = caller.AppId + "|" + Workload(path);
        var retriedEarly = settings.EnforceRetryAfter && _throttledUntil.TryGetValue(key, out var until) && now < until;
        if (settings.IsQuiet && !retriedEarly)
        {
            return FaultDecision.Proceed;
        }

        var headers = new Dictionary<string, string>();
        var withinBudget = true;
        var reset = TimeSpan.Zero;
        if (settings.ResourceUnitsPerMinute is { } limit)
        {
            // Throttled calls are charged too: SharePoint counts them toward the limit.
            var budget = _budgets.GetOrAdd(caller.AppId, _ => new ResourceBudget());
            (withinBudget, var remaining, reset) = budget.TrySpend(ResourceUnits.Cost(method, path), limit, now, Window);
            if (remaining <= limit * 0.2)
            {
                headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
                headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
                headers["RateLimit-Reset"] = Math.Ceiling(reset.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }
        }

        if (retriedEarly)
        {
            return WithHeaders(GraphProblem.TooManyRequests(_throttledUntil[key] - now), headers);
        }

        if (!withinBudget)
        {
            return Throttle(key, now, reset, headers, batch);
        }

        if (settings.ThrottleRate > 0 && NextDouble() < settings.ThrottleRate)
        {
            return Throttle(key, now, settings.RetryAfter, headers, batch);
        }

        if (settings.ServerErrorRate > 0 && NextDouble() < settings.ServerErrorRate)
        {
            return Fail(GraphProblem.ServiceUnavailable(settings.RetryAfter));
        }

        return new FaultDecision(null, headers);
    }

    private FaultDecision Throttle(string key, DateTimeOffset now, TimeSpan retryAfter, Dictionary<string, string> headers, BatchThrottleScope? batch)
    {
        var seconds = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        var until = now + TimeSpan.FromSeconds(seconds);
        if (batch is null)
        {
            _throttledUntil[key] = until;
        }
        else
        {
            batch.Defer(key, until);
        }

        return WithHeaders(GraphProblem.TooManyRequests(TimeSpan.FromSeconds(seconds)), headers);
    }

    private static FaultDecision WithHeaders(GraphProblem problem, Dictionary<string, string> headers)
    {
        foreach (var (name, value) in problem.Headers)
        {
            headers[name] = value;
        }

        return new FaultDecision(problem, headers);
    }

    /// <summary>Opens the throttle windows a batch's steps earned, once the batch has been answered.</summary>
    internal void Open(IEnumerable<KeyValuePair<string, DateTimeOffset>> windows)
    {
        foreach (var (key, until) in windows)
        {
            _throttledUntil.AddOrUpdate(key, until, (_, current) => current > until ? current : until);
        }
    }

    private static FaultDecision Fail(GraphProblem problem) => new(problem, problem.Headers);

    private double NextDouble()
    {
        lock (_randomLock)
        {
            return _random.NextDouble();
        }
    }

    // Dev Proxy and SharePoint throttle by workload: the first path segment (sites, drives, groups...).
    private static string Workload(GraphPath path) => path.Segments.Count > 0 ? path.Segments[0].ToLowerInvariant() : "";
}
