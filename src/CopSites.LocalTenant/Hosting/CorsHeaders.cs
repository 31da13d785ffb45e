using Microsoft.AspNetCore.Http;

namespace CopSites.LocalTenant.Hosting;

/// <summary>
/// CORS as Graph and SharePoint Online answer single-page apps that call them with bearer tokens: any origin is
/// allowed without credentials (the token is the credential), preflights are answered 200 with the requested
/// headers echoed, and the headers clients read (ETag, Location, Retry-After, request ids) are exposed. Applies to
/// /v1.0 and the SharePoint REST paths (…/_api/…) only; the web UI stays same-origin.
/// </summary>
internal static class CorsHeaders
{
    private const string Methods = "GET, POST, PUT, PATCH, DELETE, MERGE, OPTIONS";
    private const string Exposed = "ETag, Location, Preference-Applied, Content-Range, request-id, client-request-id, Retry-After, WWW-Authenticate, SPRequestGuid";

    /// <summary>True when the request is on an API path that answers cross-origin calls.</summary>
    public static bool Applies(HttpRequest request) =>
        request.Path.StartsWithSegments("/v1.0") || request.Path.Value?.Contains("/_api/", StringComparison.OrdinalIgnoreCase) == true
        || request.Path.StartsWithSegments("/_api");

    /// <summary>Middleware: adds CORS headers to API responses and answers preflights itself.</summary>
    public static async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || !Applies(http.Request))
        {
            await next();
            return;
        }

        http.Response.Headers.AccessControlAllowOrigin = origin;
        http.Response.Headers.Vary = "Origin";
        if (HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers.AccessControlRequestMethod.Count > 0)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.Headers.AccessControlAllowMethods = Methods;
            var requested = http.Request.Headers.AccessControlRequestHeaders.ToString();
            http.Response.Headers.AccessControlAllowHeaders = requested.Length > 0 ? requested : "Authorization, Content-Type";
            http.Response.Headers.AccessControlMaxAge = "3600";
            return;
        }

        http.Response.Headers.AccessControlExposeHeaders = Exposed;
        await next();
    }
}
