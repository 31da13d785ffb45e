using System.Text.Json;
using CopSites.LocalTenant.Faults;
using CopSites.LocalTenant.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CopSites.LocalTenant.Hosting;

/// <summary>The HTTP face of Graph: /v1.0/... and /v1.0/$batch.</summary>
internal sealed class GraphEndpoint(TenantServices services)
{
    private readonly BatchProcessor _batch = new(services.Pipeline);

    public async Task HandleAsync(HttpContext http)
    {
        var requestId = Guid.NewGuid().ToString();
        var clientRequestId = http.Request.Headers["client-request-id"].FirstOrDefault();
        http.Response.Headers["request-id"] = requestId;
        http.Response.Headers["client-request-id"] = clientRequestId ?? requestId;
        http.Response.Headers.CacheControl = "no-store, no-cache";
        var ct = http.RequestAborted;
        var tenant = services.Tenant;
        GraphResult result;
        var routeName = "(unauthenticated)";
        try
        {
            var settings = FaultSettingsFor(http);
            var latency = services.Faults.LatencyFor(settings);
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, tenant.Clock, ct);
            }

            var caller = await services.Tokens.AuthenticateAsync(http.Request.Headers.Authorization.FirstOrDefault());
            var call = await ToCallAsync(http, caller, ct);
            if (call.Path.Segments is ["$batch"])
            {
                routeName = "$batch";
                result = call.Method == "POST"
                    ? await _batch.ExecuteAsync(call, settings, requestId, ct)
                    : throw GraphProblem.MethodNotAllowed("$batch accepts POST only.");
            }
            else
            {
                result = await services.Pipeline.ExecuteAsync(call, settings, requestId, ct);
                routeName = call.RouteTemplate.Length > 0 ? call.RouteTemplate : "(unmatched)";
            }
        }
        catch (GraphProblem problem)
        {
            result = new GraphResult(problem.Status, GraphErrorBody.Create(problem, requestId, clientRequestId, tenant.Clock.GetUtcNow()));
            foreach (var (name, value) in problem.Headers)
            {
                result = result.WithHeader(name, value);
            }

            if (routeName == "$batch" || problem.Status != 401)
            {
                services.Counter.Record(new CountedRequest(CountedKind.Operation, http.Request.Method, routeName, problem.Status));
            }
        }
        catch (FormatException e)
        {
            result = new GraphResult(400, GraphErrorBody.Create(GraphProblem.BadRequest(e.Message), requestId, clientRequestId, tenant.Clock.GetUtcNow()));
        }

        services.Counter.Record(new CountedRequest(CountedKind.RoundTrip, http.Request.Method, routeName, result.Status));
        await WriteAsync(http, result, ct);
    }

    private FaultSettings FaultSettingsFor(HttpContext http)
    {
        var settings = services.FaultSettings.Current;
        var header = http.Request.Headers[FaultSettings.HeaderName].FirstOrDefault();
        return string.IsNullOrWhiteSpace(header) ? settings : settings.WithOverrides(header);
    }

    private async Task<GraphCall> ToCallAsync(HttpContext http, Caller caller, CancellationToken ct)
    {
        // The raw target keeps %2F and %3A as sent, so path-addressed ids survive as one segment.
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToString();
        var question = rawTarget.IndexOf('?');
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        var relative = rawPath.Length > 5 ? rawPath[5..] : "";
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new GraphCall
        {
            Method = http.Request.Method.ToUpperInvariant(),
            Path = GraphPath.Parse(relative),
            Query = Protocol.QueryString.Parse(http.Request.QueryString.Value ?? ""),
            Headers = headers,
            Body = buffer.ToArray(),
            Caller = caller,
            Tenant = services.Tenant,
        };
    }

    internal static async Task WriteAsync(HttpContext http, GraphResult result, CancellationToken ct)
    {
        http.Response.StatusCode = result.Status;
        foreach (var (name, value) in result.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (result.Json is not null)
        {
            http.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
            await using var writer = new Utf8JsonWriter(http.Response.Body);
            result.Json.WriteTo(writer);
            await writer.FlushAsync(ct);
        }
        else if (result.Bytes is not null)
        {
            http.Response.ContentType = result.ContentType ?? "application/octet-stream";
            await http.Response.Body.WriteAsync(result.Bytes, ct);
        }
    }
}
