using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>
/// A failure SharePoint REST reports as <c>{"odata.error":{"code":"-2147024809, System.ArgumentException","message":{...}}}</c>:
/// the code pairs the HRESULT with the .NET exception type, as the real service writes it.
/// </summary>
internal sealed class RestProblem(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>"HRESULT, ExceptionType".</summary>
    public string Code { get; } = code;

    /// <summary>Extra response headers (Retry-After on 429 and 503).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static RestProblem Argument(string message) => new(400, "-2147024809, System.ArgumentException", message);

    public static RestProblem InvalidQuery(string message) => new(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", message);

    public static RestProblem AccessDenied() => new(403, "-2147024891, System.UnauthorizedAccessException",
        "Access denied. You do not have permission to perform this action or access this resource.");

    public static RestProblem FileNotFound() => new(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");

    public static RestProblem ResourceNotFound(string segment) => new(404, "-1, Microsoft.SharePoint.Client.ResourceNotFoundException",
        $"Cannot find resource for the request {segment}.");

    public static RestProblem ItemNotFound(string message) => new(404, "-2130575338, Microsoft.SharePoint.SPException", message);

    public static RestProblem MethodNotAllowed(string method, string type) => new(405, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
        $"The type {type} does not support HTTP {method} method.");

    public static RestProblem AlreadyExists(string message) => new(409, "-2147024713, Microsoft.SharePoint.SPException", message);

    /// <summary>Translates a core failure (thrown by shared code such as the site resolver or the filter parser).</summary>
    public static RestProblem From(GraphProblem problem) => problem.Status switch
    {
        400 => Argument(problem.Message),
        403 => AccessDenied(),
        404 => FileNotFound(),
        409 => AlreadyExists(problem.Message),
        412 => new(412, "-1, Microsoft.SharePoint.Client.ClientServiceException", "The request ETag value does not match the object's ETag value."),
        429 or 503 => new(problem.Status, "-2147467259, Microsoft.SharePoint.SPException", problem.Message) { Headers = problem.Headers },
        _ => new(problem.Status, "-2146232832, Microsoft.SharePoint.SPException", problem.Message) { Headers = problem.Headers },
    };

    /// <summary>Translates a storage failure.</summary>
    public static RestProblem? From(Exception storage) => storage switch
    {
        EntityNotFoundException e => ItemNotFound(e.Message),
        EntityConflictException e => AlreadyExists(e.Message),
        EntityVersionMismatchException => From(GraphProblem.PreconditionFailed("")),
        _ => null,
    };
}
