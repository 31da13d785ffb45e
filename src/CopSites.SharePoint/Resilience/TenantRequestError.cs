namespace CopSites.SharePoint.Resilience;

/// <summary>
/// What the tenant said about a failed operation, enough to report "what and where": the operation, the HTTP status,
/// the service's error code and message, and the correlation ids to quote to Microsoft support.
/// </summary>
/// <param name="Operation">The caller's name for the operation, e.g. "create group water-cop".</param>
/// <param name="Status">The HTTP status (0 when no response arrived).</param>
/// <param name="Code">Graph's error code (itemNotFound, tooManyRequests) or SharePoint's ("-2130575338, Microsoft.SharePoint.SPException").</param>
/// <param name="Message">The service's message.</param>
/// <param name="RequestId">The server's request-id (SPRequestGuid for REST).</param>
/// <param name="ClientRequestId">The client-request-id sent with the request.</param>
public sealed record TenantRequestError(string Operation, int Status, string? Code, string Message, string? RequestId, string? ClientRequestId)
{
    /// <summary>True for 429 and 503: the tenant throttled or is too busy.</summary>
    public bool IsThrottling => Status is 429 or 503;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Operation} failed: HTTP {Status}{(Code is null ? "" : " " + Code)}: {Message}"
        + (RequestId is null ? "" : $" (request-id {RequestId}") + (ClientRequestId is null ? "" : $", client-request-id {ClientRequestId}")
        + (RequestId is null ? "" : ")");
}
