using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Faults;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CopSites.LocalTenant.Tests.Faults;

public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly TenantFixture _tenant = new();

    public Task InitializeAsync() => _tenant.InitializeAsync();

    public Task DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task Latency_FromRequestHeader_DelaysTheResponse()
    {
        var watch = Stopwatch.StartNew();
        var (status, _, _) = await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root", configure: r => r.Headers.Add(FaultSettings.HeaderName, "latency-ms=300"));
        watch.Stop();

        status.ShouldBe(200);
        watch.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(290);
    }

    [Fact]
    public async Task Throttle_RetryAfterEnforced_EarlyRetryIsThrottledAgain_LateRetrySucceeds()
    {
        var (status, body, response) = await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root",
            configure: r => r.Headers.Add(FaultSettings.HeaderName, "throttle-rate=1;retry-after-s=1"));
        status.ShouldBe(429);
        body!["error"]!["code"]!.ToString().ShouldBe("tooManyRequests");
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));

        (await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root")).Status.ShouldBe(429);

        await Task.Delay(1100);
        (await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Throttle_SdkRetryHandler_HonoursRetryAfterAndSucceeds()
    {
        _tenant.Host.Faults = new FaultSettings { ThrottleRate = 1, RetryAfter = TimeSpan.FromSeconds(1) };
        var mark = _tenant.Host.Counter.Mark();
        var watch = Stopwatch.StartNew();
        var getting = _tenant.Graph.Sites["root"].GetAsync(r => r.Options.Add(new RetryHandlerOption { MaxRetry = 3 }));
        await Task.Delay(200);
        _tenant.Host.Faults = new FaultSettings();

        var site = await getting;

        site!.Id.ShouldNotBeNull();
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        var summary = _tenant.Host.Counter.Since(mark);
        summary.Throttled.ShouldBe(1);
        summary.Total.ShouldBe(2);
    }

    [Fact]
    public async Task ResourceUnitBudget_Exhausted_Throttles_WithRateLimitHeaders()
    {
        var spec = "ru-per-minute=5";
        var statuses = new List<int>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            var (status, _, response) = await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites", configure: r => r.Headers.Add(FaultSettings.HeaderName, spec));
            statuses.Add(status);
            last = response;
        }

        statuses.ShouldBe([200, 200, 429, 429]);
        last!.Headers.GetValues("RateLimit-Limit").Single().ShouldBe("5");
        last.Headers.GetValues("RateLimit-Remaining").Single().ShouldBe("0");
        int.Parse(last.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
    }

    [Fact]
    public async Task ServerErrors_AtRateOne_Are503WithRetryAfter_AndBlockModeBlocksEverything()
    {
        var (status, body, response) = await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root", configure: r => r.Headers.Add(FaultSettings.HeaderName, "error-rate=1"));
        status.ShouldBe(503);
        body!["error"]!["code"]!.ToString().ShouldBe("serviceNotAvailable");
        response.Headers.RetryAfter.ShouldNotBeNull();

        (await _tenant.SendAsync(HttpMethod.Get, "v1.0/groups", configure: r => r.Headers.Add(FaultSettings.HeaderName, "block"))).Status.ShouldBe(503);
    }

    [Fact]
    public async Task Batch_ThrottlesStepsOneByOne_OuterResponseIs200()
    {
        var requests = Enumerable.Range(1, 4).Select(i => new { id = i.ToString(), method = "GET", url = "/sites" }).ToArray();
        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", new { requests },
            r => r.Headers.Add(FaultSettings.HeaderName, "ru-per-minute=4"));

        status.ShouldBe(200);
        var steps = body!["responses"]!.AsArray();
        steps.Select(s => (int)s!["status"]!).ShouldBe([200, 200, 429, 429]);
        steps[2]!["headers"]!["Retry-After"].ShouldNotBeNull();
    }

    [Fact]
    public async Task UnknownFaultSetting_Is400NamingIt()
    {
        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root", configure: r => r.Headers.Add(FaultSettings.HeaderName, "latncy-ms=5"));
        status.ShouldBe(400);
        body!["error"]!["message"]!.ToString().ShouldContain("latncy-ms");
    }

    [Fact]
    public async Task Counter_CountsRoundTripsOperationsAndWritesByRouteSinceAMark()
    {
        var mark = (await (await _tenant.Http.PostAsync("_tenant/requests/mark", null)).Content.ReadFromJsonAsync<JsonObject>())!["mark"]!.GetValue<long>();
        await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root");
        var requests = new object[]
        {
            new { id = "1", method = "GET", url = "/sites/root" },
            new { id = "2", method = "POST", url = "/groups", headers = new { Content_Type = "application/json" }, body = new { displayName = "x" } },
        };
        await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", System.Text.Json.JsonSerializer.Serialize(new { requests }).Replace("Content_Type", "Content-Type"));

        var summary = await _tenant.Http.GetFromJsonAsync<JsonObject>($"_tenant/requests?since={mark}");

        summary!["roundTrips"]!.GetValue<int>().ShouldBe(2);
        summary["total"]!.GetValue<int>().ShouldBe(3);
        summary["writes"]!.GetValue<int>().ShouldBe(1);
        var byRoute = summary["byRoute"]!.AsArray().Select(r => $"{r!["method"]} {r["route"]} {r["status"]} x{r["count"]}").ToArray();
        byRoute.ShouldContain("GET sites/{site-id} 200 x2");
        byRoute.ShouldContain("POST groups 400 x1");
    }
}
