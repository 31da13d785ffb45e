namespace CopSites.SharePoint.Resilience;

/// <summary>
/// One tenant's throttling budget, shared by every caller in the process. When any response carries a Retry-After,
/// <see cref="Pause"/> closes the gate until it has passed, and <see cref="EnterAsync"/> holds every later request of the
/// tenant (Graph, $batch and REST alike) until then, so nothing is sent early and throttled again. When the gate reopens
/// one request goes first as a probe; the others follow once it was not throttled, so a tenant still over its budget
/// costs one 429, not one per waiting caller. An optional concurrency limit bounds the requests in flight.
/// </summary>
/// <remarks>Thread-safe. Requests already in flight when a 429 is decided cannot be recalled; the limit bounds them.</remarks>
public sealed class TenantThrottleGate
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim? _slots;
    private readonly Lock _lock = new();
    private long _pausedUntilTicks;
    private long _pauses;
    private bool _probeNeeded;
    private TaskCompletionSource? _probe;
    private long _pausesWhenProbeStarted;

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
        lock (_lock)
        {
            if (until > _pausedUntilTicks)
            {
                Interlocked.Exchange(ref _pausedUntilTicks, until);
                _pauses++;
                _probeNeeded = true;
            }
        }
    }

    /// <summary>Waits until the gate is open and a concurrency slot is free; dispose the lease once the response is read.</summary>
    public async ValueTask<Lease> EnterAsync(CancellationToken ct)
    {
        while (true)
        {
            await WaitUntilOpenAsync(ct).ConfigureAwait(false);
            Task? probeInFlight = null;
            var isProbe = false;
            lock (_lock)
            {
                if (_probe is not null)
                {
                    probeInFlight = _probe.Task;
                }
                else if (_probeNeeded)
                {
                    _probe = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    _pausesWhenProbeStarted = _pauses;
                    isProbe = true;
                }
            }

            if (probeInFlight is not null)
            {
                await probeInFlight.WaitAsync(ct).ConfigureAwait(false);
                continue;
            }

            if (_slots is not null)
            {
                try
                {
                    await _slots.WaitAsync(ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (isProbe)
                {
                    EndProbe();
                    throw;
                }
            }

            // A pause may have started while this caller waited for a slot: check again before sending.
            if (_time.GetUtcNow() >= PausedUntil)
            {
                return new Lease(this, isProbe);
            }

            _slots?.Release();
            if (isProbe)
            {
                EndProbe();
            }
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

    private void Leave(bool wasProbe)
    {
        _slots?.Release();
        if (wasProbe)
        {
            EndProbe();
        }
    }

    // The probe succeeded when no pause came while it was out; either way the waiting callers look again.
    private void EndProbe()
    {
        TaskCompletionSource? probe;
        lock (_lock)
        {
            if (_pauses == _pausesWhenProbeStarted)
            {
                _probeNeeded = false;
            }

            probe = _probe;
            _probe = null;
        }

        probe?.TrySetResult();
    }

    /// <summary>A held concurrency slot (and, after a pause, possibly the probe).</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly TenantThrottleGate? _gate;
        private readonly bool _isProbe;

        internal Lease(TenantThrottleGate gate, bool isProbe)
        {
            _gate = gate;
            _isProbe = isProbe;
        }

        /// <summary>True when this request is the first after a pause.</summary>
        public bool IsProbe => _isProbe;

        /// <summary>Frees the slot; ends the probe. Report the response's Retry-After (<see cref="Pause"/>) before disposing.</summary>
        public void Dispose() => _gate?.Leave(_isProbe);
    }
}
