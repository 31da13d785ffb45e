namespace CopSites.SharePoint.Resilience;

/// <summary>
/// One tenant's throttling budget, shared by every caller in the process. When any response carries a Retry-After,
/// <see cref="Pause"/> closes the gate until it has passed, and <see cref="EnterAsync"/> holds every later request of the
/// tenant (Graph, $batch and REST alike) until then, so nothing is sent early and throttled again. An optional
/// concurrency limit bounds the requests in flight.
/// </summary>
/// <remarks>Thread-safe. Requests already in flight when a 429 arrives cannot be recalled; the limit bounds them.</remarks>
public sealed class TenantThrottleGate
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim? _slots;
    private long _pausedUntilTicks;
    private long _pauses;

    /// <summary>Creates a gate; prefer <see cref="TenantThrottleGates.For"/> so one tenant has one gate.</summary>
    public TenantThrottleGate(string tenantKey, TimeProvider time, int? maxConcurrentRequests)
    {
        TenantKey = tenantKey;
        _time = time;
        MaxConcurrentRequests = maxConcurrentRequests;
        _slots = maxConcurrentRequests is { } n ? new SemaphoreSlim(n, n) : null;
    }

    /// <summary>The tenant this gate guards (its SharePoint root, lower case).</summary>
    public string TenantKey { get; }

    /// <summary>The most requests in flight (null: unlimited).</summary>
    public int? MaxConcurrentRequests { get; }

    /// <summary>Until when requests are held; in the past when the gate is open.</summary>
    public DateTimeOffset PausedUntil => new(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero);

    /// <summary>How many times a Retry-After paused or extended the pause.</summary>
    public long Pauses => Interlocked.Read(ref _pauses);

    /// <summary>Closes the gate for <paramref name="retryAfter"/> from now, unless it is already closed for longer.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        if (retryAfter <= TimeSpan.Zero)
        {
            return;
        }

        var until = (_time.GetUtcNow() + retryAfter).UtcTicks;
        var current = Interlocked.Read(ref _pausedUntilTicks);
        while (until > current)
        {
            var seen = Interlocked.CompareExchange(ref _pausedUntilTicks, until, current);
            if (seen == current)
            {
                Interlocked.Increment(ref _pauses);
                return;
            }

            current = seen;
        }
    }

    /// <summary>Waits until the gate is open and a concurrency slot is free; dispose the lease when the response has arrived.</summary>
    public async ValueTask<Lease> EnterAsync(CancellationToken ct)
    {
        while (true)
        {
            await WaitUntilOpenAsync(ct).ConfigureAwait(false);
            if (_slots is not null)
            {
                await _slots.WaitAsync(ct).ConfigureAwait(false);
            }

            // A pause may have started while this caller waited for a slot: check again before sending.
            if (_time.GetUtcNow() >= PausedUntil)
            {
                return new Lease(_slots);
            }

            _slots?.Release();
        }
    }

    /// <summary>Waits until the gate is open, without taking a slot.</summary>
    public async Task WaitUntilOpenAsync(CancellationToken ct)
    {
        while (PausedUntil - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>A held concurrency slot.</summary>
    public readonly struct Lease(SemaphoreSlim? slots) : IDisposable
    {
        /// <summary>Frees the slot.</summary>
        public void Dispose() => slots?.Release();
    }
}
