using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CopSites.LocalTenant.Hosting;

/// <summary>
/// Test hooks under /_tenant (not part of Graph): issue tokens for seeded users, read the request counter since a
/// mark, change fault settings at run time, list users. The tenant listens on loopback only, so these stay local.
/// </summary>
internal sealed class AdminEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder app, TenantServices services)
    {
        var admin = app.MapGroup("/_tenant");
        admin.MapGet("/health", () => Results.Json(new
        {
            status = "ok",
            tenantId = services.Tenant.TenantId,
            hostName = services.Tenant.HostName,
            graphBaseUrl = services.Tenant.GraphBase,
            webBaseUrl = services.Tenant.WebBase,
        }));
        admin.MapPost("/token", async (HttpContext http) =>
        {
            var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
            var upn = body?["user"]?.ToString();
            var user = upn is null ? null : services.Tenant.Users.Find(upn);
            if (user is null)
            {
                return Results.Json(new { error = $"Unknown user '{upn}'. Seeded users: {string.Join(", ", services.Tenant.Users.Users.Select(u => u.UserPrincipalName))}." }, statusCode: 400);
            }

            var scopes = (body?["scopes"]?.ToString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var token = services.Tokens.Issue(user, scopes, body?["appId"]?.ToString());
            return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = 3600 });
        });
        admin.MapPost("/requests/mark", () => Results.Json(new { mark = services.Counter.Mark() }));
        admin.MapGet("/requests", (long? since) => Results.Json(services.Counter.Since(since ?? 0)));
        admin.MapGet("/faults", () => Results.Json(services.FaultSettings.Current));
        admin.MapPut("/faults", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var spec = await reader.ReadToEndAsync(http.RequestAborted);
            try
            {
                services.FaultSettings.Current = new FaultSettings().WithOverrides(spec);
                return Results.Json(services.FaultSettings.Current);
            }
            catch (FormatException e)
            {
                return Results.Json(new { error = e.Message }, statusCode: 400);
            }
        });
        admin.MapGet("/users", () => Results.Json(services.Tenant.Users.Users.Select(UserDirectory.ToJson).ToArray()));
    }
}
