namespace CopSites.SharePoint.Resilience;

/// <summary>
/// The tenant kept answering 429 or 503 after every allowed attempt, or asked for a longer wait than
/// <see cref="TenantResilienceOptions.MaxRetryAfter"/> (SharePoint blocking the app).
/// </summary>
public sealed class TenantThrottledException(TenantRequestError error, int attempts, TimeSpan? lastRetryAfter)
    : TenantRequestException(error)
{
    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; } = attempts;

    /// <summary>The last wait the server asked for, if any.</summary>
    public TimeSpan? LastRetryAfter { get; } = lastRetryAfter;
}
