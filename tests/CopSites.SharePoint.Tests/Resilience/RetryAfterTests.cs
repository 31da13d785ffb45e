using System.Net;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Tests.Resilience;

public sealed class RetryAfterTests
{
    [Fact]
    public void Seconds_HttpDate_AndTheGreaterOfRetryAfterAndRateLimitReset()
    {
        var now = TimeProvider.System;
        RetryAfter.Parse("7", now).ShouldBe(TimeSpan.FromSeconds(7));
        RetryAfter.Parse(now.GetUtcNow().AddSeconds(30).ToString("r"), now)!.Value.TotalSeconds.ShouldBeInRange(28, 30);
        RetryAfter.Parse("soon", now).ShouldBeNull();
        RetryAfter.From(new Dictionary<string, string> { ["retry-after"] = "9", ["RateLimit-Reset"] = "31" }, now).ShouldBe(TimeSpan.FromSeconds(31));

        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "31");
        response.Headers.TryAddWithoutValidation("RateLimit-Reset", "5");
        RetryAfter.From(response.Headers, now).ShouldBe(TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task Gate_HoldsEveryCallerUntilThePauseEnds_ThenLetsOneProbeFirst()
    {
        var gate = new TenantThrottleGate("http://127.0.0.1:1", TimeProvider.System, maxConcurrentRequests: 4);
        gate.Pause(TimeSpan.FromMilliseconds(300));
        gate.Pause(TimeSpan.FromMilliseconds(100));
        gate.Pauses.ShouldBe(1);
        var started = TimeProvider.System.GetUtcNow();

        var probe = await gate.EnterAsync(CancellationToken.None);
        var follower = gate.EnterAsync(CancellationToken.None).AsTask();
        await Task.Delay(100);

        (TimeProvider.System.GetUtcNow() - started).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
        probe.IsProbe.ShouldBeTrue();
        follower.IsCompleted.ShouldBeFalse("the others wait for the probe's answer");
        probe.Dispose();
        using var next = await follower;
        next.IsProbe.ShouldBeFalse();
    }
}
