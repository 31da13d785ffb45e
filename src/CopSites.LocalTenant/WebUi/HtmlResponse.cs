using System.Text;
using Microsoft.AspNetCore.Http;

namespace CopSites.LocalTenant.WebUi;

/// <summary>
/// Writes a UI page. The content security policy is the second line of defence behind the sanitiser: no script runs and
/// nothing loads from anywhere but this origin and data: images, whatever a stored page contains.
/// </summary>
internal static class HtmlResponse
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static async Task WriteAsync(HttpContext http, int status, string html, string correlationId)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["SPRequestGuid"] = correlationId;
        headers["request-id"] = correlationId;
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), http.RequestAborted);
    }
}
