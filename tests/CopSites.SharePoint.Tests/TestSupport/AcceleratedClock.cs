using System.Diagnostics;

namespace CopSites.SharePoint.Tests.TestSupport;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than real time, for both the tenant and the gateway: a one-minute
/// resource-unit window or a Retry-After of seconds passes in a fraction of the real time, and both sides agree on it.
/// Timers fire no earlier than asked (in accelerated time), as real timers do.
/// </summary>
public sealed class AcceleratedClock(double factor) : TimeProvider
{
    private readonly DateTimeOffset _start = System.GetUtcNow();
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();

    public double Factor { get; } = factor;

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_startTimestamp) * Factor;

    public override long GetTimestamp() => _startTimestamp + (long)((Stopwatch.GetTimestamp() - _startTimestamp) * Factor);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / Factor;

    private sealed class ScaledTimer(ITimer inner, AcceleratedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
