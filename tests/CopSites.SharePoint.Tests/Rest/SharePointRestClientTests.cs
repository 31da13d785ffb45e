using System.Net;
using System.Text.Json.Nodes;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Tests.TestSupport;

namespace CopSites.SharePoint.Tests.Rest;

/// <summary>
/// The REST client's wire format, errors and throttling, against a scripted server: this worktree's local tenant does
/// not serve /_api yet (it is being added on another branch), so these tests pin the client's side of the contract.
/// </summary>
public sealed class SharePointRestClientTests
{
    private static readonly TenantTarget Target = TenantTarget.LocalUrl(new Uri("http://127.0.0.1:5999"));

    [Fact]
    public async Task Get_SendsNoMetadataAcceptTokenAndDecoratedUserAgent_ToTheSitesApi()
    {
        var server = new StubTransport((_, _) => StubTransport.Json(HttpStatusCode.OK, """{"Title":"Water CoP"}"""));
        using var gateway = Connect(server);

        var web = await gateway.Rest.GetAsync("/sites/water-cop", "web?$select=Title", "read web title", CancellationToken.None);

        web!["Title"]!.GetValue<string>().ShouldBe("Water CoP");
        var (request, _, _) = server.Requests.Single();
        request.RequestUri!.ToString().ShouldBe("http://127.0.0.1:5999/sites/water-cop/_api/web?$select=Title");
        request.Headers.Accept.ToString().ShouldBe("application/json; odata=nometadata");
        request.Headers.Authorization!.ToString().ShouldBe("Bearer " + Jwt);
        request.Headers.UserAgent.ToString().ShouldContain("NONISV|CopSites|CopSites/");
        request.Headers.Contains("client-request-id").ShouldBeTrue();
    }

    [Fact]
    public async Task Merge_And_Delete_AreTunnelledThroughPost_WithIfMatchAny()
    {
        var server = new StubTransport((_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        using var gateway = Connect(server);

        await gateway.Rest.MergeAsync("/", "web/navigation/GetNodeById(2003)", new JsonObject { ["Title"] = "Home" }, "rename node", CancellationToken.None);
        await gateway.Rest.DeleteAsync("/", "web/navigation/GetNodeById(2003)", "delete node", CancellationToken.None);

        var requests = server.Requests.ToArray();
        requests.Select(r => r.Request.Method).ShouldAllBe(m => m == HttpMethod.Post);
        requests.Select(r => r.Request.Headers.GetValues("X-HTTP-Method").Single()).ShouldBe(["MERGE", "DELETE"]);
        requests.ShouldAllBe(r => r.Request.Headers.IfMatch.ToString() == "*");
        requests[0].Request.RequestUri!.AbsolutePath.ShouldBe("/_api/web/navigation/GetNodeById(2003)");
        requests[0].Body.ShouldBe("""{"Title":"Home"}""");
        requests[0].Request.Content!.Headers.ContentType!.ToString().ShouldBe("application/json; odata=nometadata");
    }

    [Fact]
    public async Task Error_IsParsedFromOdataError_IntoTheTypedException()
    {
        var server = new StubTransport((_, _) => StubTransport.Json(HttpStatusCode.NotFound,
            """{"odata.error":{"code":"-2130575338, Microsoft.SharePoint.SPException","message":{"lang":"en-US","value":"List 'Docs' does not exist."}}}""",
            ("SPRequestGuid", "3f2a1c9e-0000-4000-8000-000000000001")));
        using var gateway = Connect(server);

        var error = await Should.ThrowAsync<TenantRequestException>(() =>
            gateway.Rest.GetAsync("/sites/water-cop", "web/lists/GetByTitle('Docs')", "read list Docs", CancellationToken.None));

        error.Operation.ShouldBe("read list Docs");
        error.Status.ShouldBe(404);
        error.Error.Code.ShouldBe("-2130575338, Microsoft.SharePoint.SPException");
        error.Error.Message.ShouldBe("List 'Docs' does not exist.");
        error.Error.RequestId.ShouldBe("3f2a1c9e-0000-4000-8000-000000000001");
        error.Error.ClientRequestId.ShouldBe(server.Requests.Single().Request.Headers.GetValues("client-request-id").Single());
    }

    [Fact]
    public async Task Throttled_WaitsRetryAfterAsHttpDate_OnTheSharedGate_ThenSucceeds()
    {
        var server = new StubTransport((_, call) => call == 1
            ? StubTransport.Json(HttpStatusCode.TooManyRequests, """{"odata.error":{"code":"-2147024860","message":{"value":"Throttled"}}}""",
                ("Retry-After", TimeProvider.System.GetUtcNow().AddSeconds(2).ToString("r")))
            : StubTransport.Json(HttpStatusCode.OK, """{"Title":"ok"}"""));
        using var gateway = Connect(server);

        (await gateway.Rest.GetAsync("/", "web", "read web", CancellationToken.None))!["Title"]!.GetValue<string>().ShouldBe("ok");

        var at = server.Requests.Select(r => r.At).ToArray();
        (at[1] - at[0]).ShouldBeGreaterThan(TimeSpan.FromSeconds(0.9));
        gateway.Gate.Pauses.ShouldBe(1);
        gateway.Metrics.Snapshot().ShouldBe(new RequestMetricsSnapshot(RoundTrips: 2, Operations: 2, Writes: 0, Throttled: 1, Unavailable: 0, Retries: 1));
    }

    [Fact]
    public async Task BadGateway_OnAWrite_IsNotRetried_ButOnARead_Is()
    {
        var server = new StubTransport((_, call) => call <= 2
            ? new HttpResponseMessage(HttpStatusCode.BadGateway)
            : StubTransport.Json(HttpStatusCode.OK, "{}"));
        using var gateway = Connect(server, new TenantResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(10) });

        var write = await Should.ThrowAsync<TenantRequestException>(() =>
            gateway.Rest.PostAsync("/", "web/navigation/quicklaunch", new JsonObject { ["Title"] = "x" }, "add node", CancellationToken.None));
        await gateway.Rest.GetAsync("/", "web", "read web", CancellationToken.None);

        write.Status.ShouldBe(502);
        server.Requests.Count.ShouldBe(3);
    }

    private const string Jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.c2ln";

    private static TenantGateway Connect(StubTransport server, TenantResilienceOptions? resilience = null) => TenantGatewayFactory.Create(
        new TenantConnection(Target, LocalTokenAuthentication.WithToken(Jwt), resilience),
        new GatewayEnvironment { Gates = new TenantThrottleGates(), Transport = () => server });
}
