using CopSites.SharePoint.Connection;

namespace CopSites.SharePoint.Batching;

/// <summary>How <see cref="GraphBatchSender"/> groups requests. Values are checked when set.</summary>
public sealed record BatchingOptions
{
    /// <summary>$batch requests in flight at once for one call. <value>Default: 4.</value></summary>
    public int MaxConcurrentBatches { get; init => field = OptionChecks.InRange(value, 1, 16, "Batching.MaxConcurrentBatches"); } = 4;

    /// <summary>
    /// Requests whose body is larger go out alone, not in a $batch (a batch carries bodies inline, base64 for binary,
    /// and Graph caps a batch's payload). <value>Default: 1 MiB.</value>
    /// </summary>
    public long MaxBatchedBodyBytes
    {
        get;
        init => field = value is >= 0 and <= 4 * 1024 * 1024
            ? value
            : throw new InvalidTenantOptionException("Batching.MaxBatchedBodyBytes", $"must be between 0 and 4 MiB, not {value}.");
    } = 1024 * 1024;
}
