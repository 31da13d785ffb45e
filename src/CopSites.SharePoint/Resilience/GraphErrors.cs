using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Resilience;

/// <summary>Turns the SDK's exceptions into <see cref="TenantRequestError"/>, for callers that use the Graph client directly.</summary>
public static class GraphErrors
{
    /// <summary>Reads the status, Graph error code, message and correlation ids of an SDK exception.</summary>
    public static TenantRequestError From(string operation, ApiException exception)
    {
        string? Header(string name) =>
            exception.ResponseHeaders.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

        if (exception is ODataError { Error: { } main })
        {
            var inner = main.InnerError;
            return new TenantRequestError(operation, exception.ResponseStatusCode, main.Code, main.Message ?? exception.Message,
                inner?.RequestId ?? Header("request-id"), inner?.ClientRequestId ?? Header("client-request-id"));
        }

        return new TenantRequestError(operation, exception.ResponseStatusCode, null, exception.Message, Header("request-id"), Header("client-request-id"));
    }

    /// <summary>The typed exception for an SDK exception.</summary>
    public static TenantRequestException ToTenantException(string operation, ApiException exception) =>
        new(From(operation, exception), exception);
}
