using CopSites.SharePoint.Connection;

namespace CopSites.SharePoint.Resilience;

/// <summary>
/// How the gateway retries and shares a tenant's throttling budget. Every value is checked when set; a bad one throws
/// <see cref="InvalidTenantOptionException"/> naming it.
/// </summary>
public sealed record TenantResilienceOptions
{
    /// <summary>Attempts per request or batch step, the first included. <value>Default: 6.</value></summary>
    public int MaxAttempts { get; init => field = OptionChecks.InRange(value, 1, 20, "Resilience.MaxAttempts"); } = 6;

    /// <summary>
    /// Attempts for a batch step the tenant keeps throttling with a Retry-After. Graph's guidance is to wait and retry
    /// while 429s come; under concurrency a step is also caught by throttles other requests earned, so this is higher
    /// than <see cref="MaxAttempts"/>; waits still end at <see cref="MaxRetryAfter"/>. <value>Default: 20.</value>
    /// </summary>
    public int MaxThrottledAttempts { get; init => field = OptionChecks.InRange(value, 1, 100, "Resilience.MaxThrottledAttempts"); } = 20;

    /// <summary>The first backoff when the server gives no Retry-After; it doubles, with jitter. <value>Default: 1 s.</value></summary>
    public TimeSpan BaseDelay { get; init => field = OptionChecks.Positive(value, "Resilience.BaseDelay"); } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff chosen without a Retry-After. <value>Default: 30 s.</value></summary>
    public TimeSpan MaxBackoff { get; init => field = OptionChecks.Positive(value, "Resilience.MaxBackoff"); } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest Retry-After honoured by waiting; a longer one (SharePoint blocking an app) fails at once with
    /// <see cref="TenantThrottledException"/> instead of hanging. <value>Default: 5 min.</value>
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init => field = OptionChecks.Positive(value, "Resilience.MaxRetryAfter"); } = TimeSpan.FromMinutes(5);

    /// <summary>The time one HTTP attempt may take (HttpClient.Timeout is disabled so waits at the gate do not count). <value>Default: 100 s.</value></summary>
    public TimeSpan AttemptTimeout { get; init => field = OptionChecks.Positive(value, "Resilience.AttemptTimeout"); } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The most HTTP requests in flight to one tenant from this process, shared by every gateway of the tenant
    /// (null: unlimited). The first gateway to create a tenant's gate sets it. <value>Default: 8.</value>
    /// </summary>
    public int? MaxConcurrentRequests
    {
        get;
        init => field = value is { } n ? OptionChecks.InRange(n, 1, 256, "Resilience.MaxConcurrentRequests") : null;
    } = 8;
}
