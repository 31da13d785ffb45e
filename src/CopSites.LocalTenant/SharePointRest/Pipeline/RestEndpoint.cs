using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Faults;
using CopSites.LocalTenant.Hosting;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;
using Microsoft.AspNetCore.Http;

namespace CopSites.LocalTenant.SharePointRest.Pipeline;

/// <summary>
/// The HTTP face of SharePoint REST (/_api and /sites/{x}/_api): latency, bearer authentication, site resolution,
/// routing, scope check, fault injection, the handler, SharePoint's error shapes, counting. It mirrors the Graph
/// pipeline so both protocols share one throttling budget and one request counter.
/// </summary>
internal sealed class RestEndpoint(TenantServices services, RestRouteTable routes)
{
    private const string UnauthenticatedRoute = "(unauthenticated)";

    public async Task HandleAsync(HttpContext http, string sitePath, string apiPath)
    {
        var requestId = Guid.NewGuid().ToString();
        http.Response.Headers["SPRequestGuid"] = requestId;
        http.Response.Headers["request-id"] = requestId;
        http.Response.Headers["X-SharePointHealthScore"] = "0";
        http.Response.Headers.CacheControl = "private, max-age=0";
        var format = RestFormats.FromAccept(http.Request.Headers.Accept.ToString());
        var method = EffectiveMethod(http.Request);
        var routeName = UnauthenticatedRoute;
        var headers = new Dictionary<string, string>();
        var ct = http.RequestAborted;
        int status;
        JsonObject? body;
        try
        {
            var settings = FaultSettingsFor(http);
            var latency = services.Faults.LatencyFor(settings);
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, services.Tenant.Clock, ct);
            }

            var caller = await services.Tokens.AuthenticateAsync(http.Request.Headers.Authorization.FirstOrDefault());
            routeName = "(unmatched)";
            var request = await ToRequestAsync(http, method, caller, sitePath, format, ct);
            var (route, values) = routes.Match(method, apiPath);
            routeName = "_api/" + route.Template;
            request.RouteValues = values;
            if (!caller.HasAny(route.Scopes.AnyOf))
            {
                throw RestProblem.AccessDenied();
            }

            var decision = services.Faults.Decide(caller, method, GraphPath.Parse("sites/_api/" + route.Template), settings);
            foreach (var (name, value) in decision.Headers)
            {
                headers[name] = value;
            }

            if (decision.Problem is { } injected)
            {
                throw RestProblem.From(injected);
            }

            var result = await route.Handler(request, ct);
            status = result.Status;
            body = result.Payload is null ? null : new RestRenderer(format, request.ApiUrl(""), request.OData.Select).Render(result.Payload);
        }
        catch (GraphProblem problem) when (problem.Status == 401)
        {
            status = 401;
            body = RestErrorBody.Unauthorized(problem.Message);
            headers["WWW-Authenticate"] = $"Bearer realm=\"{services.Tenant.TenantId}\",client_id=\"00000003-0000-0ff1-ce00-000000000000\"";
        }
        catch (Exception e) when (Problem(e) is { } problem)
        {
            status = problem.Status;
            body = RestErrorBody.Create(problem, format);
            foreach (var (name, value) in problem.Headers)
            {
                headers[name] = value;
            }
        }

        if (routeName != UnauthenticatedRoute)
        {
            services.Counter.Record(new CountedRequest(CountedKind.Operation, method, routeName, status));
        }

        services.Counter.Record(new CountedRequest(CountedKind.RoundTrip, method, routeName, status));
        await WriteAsync(http, status, body, format, headers, ct);
    }

    private static RestProblem? Problem(Exception e) => e switch
    {
        RestProblem rest => rest,
        GraphProblem graph => RestProblem.From(graph),
        FormatException format => RestProblem.Argument(format.Message),
        OperationCanceledException => null,
        _ => RestProblem.From(e) ?? new RestProblem(500, "-2146232832, Microsoft.SharePoint.SPException", "An internal error occurred."),
    };

    private static string EffectiveMethod(HttpRequest request)
    {
        var method = request.Method.ToUpperInvariant();
        var tunnelled = request.Headers["X-HTTP-Method"].FirstOrDefault();
        return method == "POST" && !string.IsNullOrWhiteSpace(tunnelled) ? tunnelled.Trim().ToUpperInvariant() : method;
    }

    private FaultSettings FaultSettingsFor(HttpContext http)
    {
        var header = http.Request.Headers[FaultSettings.HeaderName].FirstOrDefault();
        return string.IsNullOrWhiteSpace(header) ? services.FaultSettings.Current : services.FaultSettings.Current.WithOverrides(header);
    }

    private async Task<RestRequest> ToRequestAsync(HttpContext http, string method, Caller caller, string sitePath, RestFormat format, CancellationToken ct)
    {
        var tenant = services.Tenant;
        var site = await tenant.Database.ReadAsync(s => SiteResolver.TryResolveAsync(s, sitePath == "/" ? "root" : $"{tenant.HostName}:{sitePath}", ct), ct)
            ?? throw RestProblem.FileNotFound();
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        return new RestRequest
        {
            Method = method,
            Query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = buffer.ToArray(),
            Caller = caller,
            Tenant = tenant,
            Site = site,
            Format = format,
        };
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonObject? body, RestFormat format, Dictionary<string, string> headers, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            http.Response.Headers[name] = value;
        }

        if (body is null)
        {
            return;
        }

        http.Response.ContentType = RestFormats.ContentType(format);
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        body.WriteTo(writer);
        await writer.FlushAsync(ct);
    }
}
