using System.Diagnostics;
using CopSites.LocalTenant.Faults;
using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Tests.TestSupport;
using Xunit.Abstractions;

namespace CopSites.SharePoint.Tests.Resilience;

/// <summary>
/// Throttled and failing steps inside $batch, re-batched by GraphBatchSender. The tenant and the gateway share a clock
/// running 10x faster, so a 1 s Retry-After costs 0.1 s of the test's time while both sides still agree on it.
/// </summary>
public sealed class BatchThrottlingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 7;
    private readonly AcceleratedClock _clock = new(10);
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.StartAsync(Seed, _clock);

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task Throttle30Percent_OneBatchAtATime_AllSucceed_429sExactlyThoseTheTenantMustGive()
    {
        var expected = SimulateSequentialBatches(45, 0.3);
        using var gateway = _tenant.Connect(
            new TenantResilienceOptions { MaxConcurrentRequests = 1, MaxAttempts = expected.MaxSends },
            new BatchingOptions { MaxConcurrentBatches = 1 });

        // 3 s (0.3 s real) so that a loaded machine still runs a whole batch within the Retry-After, as the simulation assumes.
        _tenant.Host.Faults = new FaultSettings { ThrottleRate = 0.3, RetryAfter = TimeSpan.FromSeconds(3) };
        var mark = _tenant.Host.Counter.Mark();
        var started = _clock.GetUtcNow();

        var results = await gateway.Batches.SendAsync(ReadRootSite(gateway, 45), CancellationToken.None);

        var server = _tenant.Host.Counter.Since(mark);
        output.WriteLine($"45 steps, 1 batch at a time: {server.Throttled} x 429 (simulation: {expected.Throttled}, of which dice {expected.Dice}), "
            + $"{server.RoundTrips} round trips (simulation: {expected.RoundTrips}), {(_clock.GetUtcNow() - started).TotalSeconds:0} s tenant time; client: {gateway.Metrics.Snapshot()}");
        results.ShouldAllBe(r => r.Status == 200);
        results.Select(r => r.Index).ShouldBe(Enumerable.Range(0, 45));
        server.Throttled.ShouldBe(expected.Throttled, "a batch sent before the Retry-After passed would be throttled whole");
        server.RoundTrips.ShouldBe(expected.RoundTrips);
        gateway.Metrics.Snapshot().Throttled.ShouldBe(expected.Throttled);
    }

    [Fact]
    public async Task Throttle30Percent_DefaultConcurrency_AllSucceed()
    {
        using var gateway = _tenant.Connect(new TenantResilienceOptions { MaxAttempts = 20 });
        _tenant.Host.Faults = new FaultSettings { ThrottleRate = 0.3, RetryAfter = TimeSpan.FromSeconds(1) };
        var mark = _tenant.Host.Counter.Mark();
        var started = _clock.GetUtcNow();

        var results = await gateway.Batches.SendAsync(ReadRootSite(gateway, 45), CancellationToken.None);

        var server = _tenant.Host.Counter.Since(mark);
        output.WriteLine($"45 steps, 4 batches at a time: {server.Throttled} x 429 (dice {SeededThrottles.Count(Seed, 0.3, 45)}), {server.RoundTrips} round trips, "
            + $"{(_clock.GetUtcNow() - started).TotalSeconds:0} s tenant time; client: {gateway.Metrics.Snapshot()}");
        results.ShouldAllBe(r => r.Status == 200);
        gateway.Metrics.Snapshot().Throttled.ShouldBe(server.Throttled);
    }

    [Fact]
    public async Task ServerErrors30Percent_StepsAndRequestsRetried_AllSucceed()
    {
        using var gateway = _tenant.Connect(new TenantResilienceOptions { MaxAttempts = 10 });
        _tenant.Host.Faults = new FaultSettings { ServerErrorRate = 0.3, RetryAfter = TimeSpan.FromSeconds(1) };
        var mark = _tenant.Host.Counter.Mark();

        var results = await gateway.Batches.SendAsync(ReadRootSite(gateway, 30), CancellationToken.None);
        for (var i = 0; i < 10; i++)
        {
            (await gateway.Graph.Sites["root"].GetAsync())!.Id.ShouldNotBeNull();
        }

        var server = _tenant.Host.Counter.Since(mark);
        var unavailable = server.ByRoute.Where(r => r.Status == 503).Sum(r => r.Count);
        output.WriteLine($"30 steps + 10 requests at 30 % 503: {unavailable} x 503, client: {gateway.Metrics.Snapshot()}");
        results.ShouldAllBe(r => r.Status == 200);
        unavailable.ShouldBeGreaterThan(0);
        gateway.Metrics.Snapshot().Unavailable.ShouldBe(unavailable);
        gateway.Metrics.Snapshot().Retries.ShouldBe(unavailable);
    }

    [Fact]
    public async Task BlockedTenant_BatchSteps_FailAsResultsAfterMaxAttempts()
    {
        using var gateway = _tenant.Connect(new TenantResilienceOptions { MaxAttempts = 3 });
        _tenant.Host.Faults = new FaultSettings { Block = true, RetryAfter = TimeSpan.FromSeconds(1) };
        var started = _clock.GetUtcNow();

        var results = await gateway.Batches.SendAsync(ReadRootSite(gateway, 3), CancellationToken.None);

        results.ShouldAllBe(r => r.Status == 503 && r.Attempts == 3 && r.Error!.IsThrottling && r.Error.Code == "serviceNotAvailable");
        results[2].Error!.Operation.ShouldBe("read root site #2");
        (_clock.GetUtcNow() - started).ShouldBeInRange(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
    }

    private static List<BatchItem> ReadRootSite(CopSites.SharePoint.Connection.TenantGateway gateway, int count) =>
        Enumerable.Range(0, count).Select(i => new BatchItem($"read root site #{i}", gateway.Graph.Sites["root"].ToGetRequestInformation())).ToList();

    // The tenant draws once per step; a throttled step's Retry-After applies to later requests, not its siblings.
    // A client that waits out every Retry-After therefore gets exactly these 429s.
    private static (int Throttled, int Dice, int RoundTrips, int MaxSends) SimulateSequentialBatches(int count, double rate)
    {
        var draws = SeededThrottles.Draws(Seed, rate);
        var sends = new int[count];
        var pending = Enumerable.Range(0, count).ToList();
        var (throttled, dice, roundTrips) = (0, 0, 0);
        while (pending.Count > 0)
        {
            var next = new List<int>();
            foreach (var chunk in pending.Chunk(20))
            {
                roundTrips++;
                // The tenant judges each step on its own: one draw per step; a throttled step's Retry-After only
                // applies to requests after the batch (an early batch would be throttled whole, without draws).
                foreach (var index in chunk)
                {
                    sends[index]++;
                    draws.MoveNext();
                    if (draws.Current)
                    {
                        dice++;
                        throttled++;
                        next.Add(index);
                    }
                }
            }

            pending = next;
        }

        return (throttled, dice, roundTrips, sends.Max());
    }
}
