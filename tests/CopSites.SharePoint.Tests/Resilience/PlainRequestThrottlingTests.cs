using System.Diagnostics;
using CopSites.LocalTenant.Faults;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Tests.TestSupport;
using Xunit.Abstractions;

namespace CopSites.SharePoint.Tests.Resilience;

/// <summary>Throttling of plain Graph requests sent through the real GraphServiceClient, in real time (Retry-After 1 s).</summary>
public sealed class PlainRequestThrottlingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 42;
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.StartAsync(Seed);

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task Throttle30Percent_OneAtATime_EveryRequestSucceeds_AndNoneIsSentBeforeItsRetryAfter()
    {
        using var gateway = _tenant.Connect(new TenantResilienceOptions { MaxConcurrentRequests = 1, MaxAttempts = 10 });
        _tenant.Host.Faults = new FaultSettings { ThrottleRate = 0.3, RetryAfter = TimeSpan.FromSeconds(1) };
        var mark = _tenant.Host.Counter.Mark();
        var watch = Stopwatch.StartNew();

        await ReadRootSiteAsync(gateway.Graph, callers: 3, each: 4);

        var server = _tenant.Host.Counter.Since(mark);
        var dice = SeededThrottles.Count(Seed, 0.3, successes: 12);
        output.WriteLine($"12 requests, 1 in flight: {server.Throttled} x 429 (the dice threw {dice}), {server.Total} operations, {watch.Elapsed.TotalSeconds:0.0} s; client: {gateway.Metrics.Snapshot()}");
        dice.ShouldBeGreaterThan(0);
        server.Throttled.ShouldBe(dice, "every 429 beyond the dice's was an early retry");
        server.Total.ShouldBe(12 + dice);
        gateway.Metrics.Snapshot().Throttled.ShouldBe(dice);
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(dice * 0.95));
    }

    [Fact]
    public async Task Throttle30Percent_FourInFlight_EveryRequestSucceeds_ExtraThrottlesBoundedByRequestsInFlight()
    {
        using var gateway = _tenant.Connect(new TenantResilienceOptions { MaxConcurrentRequests = 4, MaxAttempts = 10 });
        _tenant.Host.Faults = new FaultSettings { ThrottleRate = 0.3, RetryAfter = TimeSpan.FromSeconds(1) };
        var mark = _tenant.Host.Counter.Mark();
        var watch = Stopwatch.StartNew();

        await ReadRootSiteAsync(gateway.Graph, callers: 4, each: 4);

        var server = _tenant.Host.Counter.Since(mark);
        var dice = SeededThrottles.Count(Seed, 0.3, successes: 16);
        output.WriteLine($"16 requests, 4 in flight: {server.Throttled} x 429 (the dice threw {dice}), {server.Total} operations, {watch.Elapsed.TotalSeconds:0.0} s; client: {gateway.Metrics.Snapshot()}");

        // Requests already in flight when a 429 is decided arrive "early"; nothing sent after the client saw it is.
        server.Throttled.ShouldBeInRange(dice, dice * 4);
        server.Total.ShouldBe(16 + server.Throttled);
    }

    private static async Task ReadRootSiteAsync(Microsoft.Graph.GraphServiceClient graph, int callers, int each)
    {
        var tasks = Enumerable.Range(0, callers).Select(async caller =>
        {
            for (var i = 0; i < each; i++)
            {
                var site = await graph.Sites["root"].GetAsync(r => r.Options.Add(new TenantOperation($"read root site ({caller}.{i})")));
                site!.Id.ShouldNotBeNull();
            }
        });
        await Task.WhenAll(tasks);
    }
}
