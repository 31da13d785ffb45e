using CopSites.LocalTenant.Faults;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Tests.TestSupport;
using Xunit.Abstractions;

namespace CopSites.SharePoint.Tests.Resilience;

/// <summary>
/// Two CoPs provisioned at once against one tenant with a resource-unit budget: their gateways share the tenant's gate,
/// so when the budget runs out they wait out the window together. The clock runs 20x faster (a 60 s window takes 3 s).
/// </summary>
public sealed class SharedBudgetTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AcceleratedClock _clock = new(20);
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.StartAsync(clock: _clock);

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task TwoCoPs_SharedGate_BudgetExhausted_OnlyRequestsInFlightAreThrottled_AllSucceedAfterTheWindow()
    {
        var (throttled, elapsed, total) = await RunTwoCoPsAsync(sharedGate: true);

        output.WriteLine($"shared gate: 2 CoPs x 2 streams x 10 GETs, budget 20 RU/min: {throttled} x 429, {total} operations, {elapsed.TotalSeconds:0} s tenant time");
        throttled.ShouldBeInRange(1, 2, "at most the 2 requests the shared gate lets fly");
        elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(55));
        total.ShouldBe(40 + throttled);
    }

    [Fact]
    public async Task TwoCoPs_SeparateGates_ForComparison_ThrottledMoreOften()
    {
        var (throttled, elapsed, total) = await RunTwoCoPsAsync(sharedGate: false);

        output.WriteLine($"separate gates: 2 CoPs x 2 streams x 10 GETs, budget 20 RU/min: {throttled} x 429, {total} operations, {elapsed.TotalSeconds:0} s tenant time");
        throttled.ShouldBeInRange(1, 4);
        total.ShouldBe(40 + throttled);
    }

    private async Task<(int Throttled, TimeSpan Elapsed, int Total)> RunTwoCoPsAsync(bool sharedGate)
    {
        var gates = new TenantThrottleGates();
        var options = new TenantResilienceOptions { MaxConcurrentRequests = 2 };
        using var water = _tenant.Connect(options, gates: sharedGate ? gates : new TenantThrottleGates());
        using var energy = _tenant.Connect(options, gates: sharedGate ? gates : new TenantThrottleGates());
        (ReferenceEquals(water.Gate, energy.Gate)).ShouldBe(sharedGate);
        _tenant.Host.Faults = new FaultSettings { ResourceUnitsPerMinute = 20 };
        var mark = _tenant.Host.Counter.Mark();
        var started = _clock.GetUtcNow();

        await Task.WhenAll(ProvisionAsync(water, "water"), ProvisionAsync(energy, "energy"));

        var server = _tenant.Host.Counter.Since(mark);
        return (server.Throttled, _clock.GetUtcNow() - started, server.Total);
    }

    private static Task ProvisionAsync(TenantGateway gateway, string cop) => Task.WhenAll(Enumerable.Range(0, 2).Select(async stream =>
    {
        for (var i = 0; i < 10; i++)
        {
            var site = await gateway.Graph.Sites["root"].GetAsync(r => r.Options.Add(new TenantOperation($"{cop}: read root site {stream}.{i}")));
            site!.Id.ShouldNotBeNull();
        }
    }));
}
