using System.Diagnostics;
using CopSites.LocalTenant.Faults;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Tests.TestSupport;

namespace CopSites.SharePoint.Tests.Resilience;

/// <summary>What a caller sees when the tenant keeps failing: a typed error naming the operation, after bounded attempts and time.</summary>
public sealed class TenantFailureTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.StartAsync();

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task BlockedTenant_PlainRequest_ThrowsTenantThrottledNamingTheOperation_AfterMaxAttempts()
    {
        using var gateway = _tenant.Connect(new TenantResilienceOptions { MaxAttempts = 3 });
        _tenant.Host.Faults = new FaultSettings { Block = true, RetryAfter = TimeSpan.FromSeconds(1) };
        var mark = _tenant.Host.Counter.Mark();
        var watch = Stopwatch.StartNew();

        var error = await Should.ThrowAsync<TenantThrottledException>(() =>
            gateway.Graph.Sites["root"].GetAsync(r => r.Options.Add(new TenantOperation("read root site for water-cop"))));

        watch.Elapsed.ShouldBeInRange(TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));
        error.Operation.ShouldBe("read root site for water-cop");
        error.Status.ShouldBe(503);
        error.Attempts.ShouldBe(3);
        error.LastRetryAfter.ShouldBe(TimeSpan.FromSeconds(1));
        error.Error.Code.ShouldBe("serviceNotAvailable");
        error.Error.RequestId.ShouldNotBeNullOrEmpty();
        error.Error.ClientRequestId.ShouldNotBeNullOrEmpty();
        error.Message.ShouldContain("read root site for water-cop");
        _tenant.Host.Counter.Since(mark).Total.ShouldBe(3);
    }

    [Fact]
    public async Task RetryAfterBeyondMaxRetryAfter_FailsAtOnce_AndOtherCallersFailFastWithoutSending()
    {
        using var gateway = _tenant.Connect(new TenantResilienceOptions { MaxRetryAfter = TimeSpan.FromSeconds(30) });
        _tenant.Host.Faults = new FaultSettings { ThrottleRate = 1, RetryAfter = TimeSpan.FromMinutes(10) };
        var mark = _tenant.Host.Counter.Mark();

        var first = await Should.ThrowAsync<TenantThrottledException>(() => gateway.Graph.Sites["root"].GetAsync());
        var second = await Should.ThrowAsync<TenantThrottledException>(() =>
            gateway.Graph.Groups.GetAsync(r => r.Options.Add(new TenantOperation("list groups"))));

        first.Attempts.ShouldBe(1);
        first.LastRetryAfter.ShouldBe(TimeSpan.FromMinutes(10));
        first.Operation.ShouldBe("GET /v1.0/sites/root");
        second.Error.Code.ShouldBe("tenantPaused");
        second.Operation.ShouldBe("list groups");
        _tenant.Host.Counter.Since(mark).Total.ShouldBe(1);
        gateway.Gate.PausedUntil.ShouldBeGreaterThan(TimeProvider.System.GetUtcNow().AddMinutes(9));
    }

    [Fact]
    public async Task NotFound_IsTheSdkError_ConvertibleToTheTypedOne()
    {
        using var gateway = _tenant.Connect();
        var missing = Guid.NewGuid().ToString();

        var sdkError = await Should.ThrowAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => gateway.Graph.Groups[missing].GetAsync());
        var typed = GraphErrors.From("read group", sdkError);

        typed.Status.ShouldBe(404);
        typed.Code.ShouldBe("Request_ResourceNotFound");
        typed.RequestId.ShouldNotBeNullOrEmpty();
        gateway.Metrics.Snapshot().Retries.ShouldBe(0);
    }
}
