namespace CopSites.LocalTenant.Protocol;

/// <summary>
/// A failure the tenant reports in Graph's error shape. Handlers throw it; the pipeline renders
/// <c>{"error":{"code","message","innerError":{...}}}</c> with the status code.
/// </summary>
public sealed class GraphProblem(int status, string code, string message) : Exception(message)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>Graph's error code, such as itemNotFound.</summary>
    public string Code { get; } = code;

    /// <summary>Extra response headers (Retry-After on 429 and 503).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static GraphProblem BadRequest(string message) => new(400, "invalidRequest", message);
    public static GraphProblem Unauthorized(string message) => new(401, "InvalidAuthenticationToken", message);
    public static GraphProblem AccessDenied(string message) => new(403, "accessDenied", message);
    public static GraphProblem NotFound(string message) => new(404, "itemNotFound", message);
    public static GraphProblem MethodNotAllowed(string message) => new(405, "invalidRequest", message);
    public static GraphProblem NameAlreadyExists(string message) => new(409, "nameAlreadyExists", message);
    public static GraphProblem PreconditionFailed(string message) => new(412, "preconditionFailed", message);
    public static GraphProblem FailedDependency(string message) => new(424, "failedDependency", message);
    public static GraphProblem InsufficientStorage(string message) => new(507, "insufficientStorage", message);

    public static GraphProblem TooManyRequests(TimeSpan retryAfter) => new(429, "tooManyRequests",
        $"Too many requests. Retry after {RetryAfterSeconds(retryAfter)} seconds.")
    {
        Headers = new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    public static GraphProblem ServiceUnavailable(TimeSpan retryAfter) => new(503, "serviceNotAvailable",
        "The service is temporarily unavailable.")
    {
        Headers = new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
