using CopSites.LocalTenant.Faults;
using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.Faults;

/// <summary>SharePoint throttles each batch step on its own: one throttled step does not make its siblings early retries.</summary>
public sealed class BatchStepThrottlingTests : IAsyncLifetime
{
    private readonly TenantFixture _tenant = new(new LocalTenantOptions { FaultSeed = 7 });

    public Task InitializeAsync() => _tenant.InitializeAsync();

    public Task DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task RandomThrottling_StepsAfterAThrottledStepStillRun_ButTheNextRequestWaitsForRetryAfter()
    {
        var requests = Enumerable.Range(1, 20).Select(i => new { id = i.ToString(), method = "GET", url = "/sites/root" }).ToArray();

        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", new { requests },
            r => r.Headers.Add(FaultSettings.HeaderName, "throttle-rate=0.5;retry-after-s=2"));
        var next = await _tenant.SendAsync(HttpMethod.Get, "v1.0/sites/root");

        status.ShouldBe(200);
        var statuses = body!["responses"]!.AsArray().OrderBy(r => int.Parse(r!["id"]!.ToString())).Select(r => (int)r!["status"]!).ToArray();
        var firstThrottled = Array.IndexOf(statuses, 429);
        firstThrottled.ShouldBeGreaterThanOrEqualTo(0);
        statuses.Skip(firstThrottled + 1).ShouldContain(200, "a sibling sent in the same batch is not an early retry");
        next.Status.ShouldBe(429, "a request after the batch, before Retry-After has passed, is throttled again");
    }
}
