namespace CopSites.SharePoint.Resilience;

/// <summary>A tenant request failed; <see cref="Error"/> holds the operation, status, error code and correlation ids.</summary>
public class TenantRequestException : Exception
{
    /// <summary>Wraps an error description.</summary>
    public TenantRequestException(TenantRequestError error, Exception? inner = null)
        : base(error.ToString(), inner)
    {
        Error = error;
    }

    /// <summary>What failed and where.</summary>
    public TenantRequestError Error { get; }

    /// <summary>The operation that failed.</summary>
    public string Operation => Error.Operation;

    /// <summary>The HTTP status (0 when no response arrived).</summary>
    public int Status => Error.Status;
}
