using System.Net;
using Polly;
using Polly.Retry;

namespace CopSites.SharePoint.Resilience;

/// <summary>
/// The gateway's only retry layer for HTTP sends (it replaces the SDK's RetryHandler, so nothing retries twice). Each
/// attempt first passes the tenant's <see cref="TenantThrottleGate"/>; a 429 or 503 with Retry-After pauses the gate for
/// everyone and is retried once the gate opens; without Retry-After the retry waits an exponential backoff with jitter
/// (Polly). 502/504 and transport failures are retried for idempotent methods only. After the last attempt a 429/503
/// becomes <see cref="TenantThrottledException"/>; other statuses pass through to the caller (the SDK or the REST client).
/// </summary>
internal sealed class ThrottlingHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<SendState> StateKey = new("copsites.send-state");
    private readonly TenantThrottleGate _gate;
    private readonly TenantResilienceOptions _options;
    private readonly RequestMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public ThrottlingHandler(TenantThrottleGate gate, TenantResilienceOptions options, RequestMetrics metrics, TimeProvider time)
    {
        _gate = gate;
        _options = options;
        _metrics = metrics;
        _time = time;
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // 429s with a Retry-After may take more attempts than other failures; ShouldRetry applies each limit.
                MaxRetryAttempts = Math.Max(options.MaxAttempts, options.MaxThrottledAttempts) - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxBackoff,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(StateKey, null!))),

                // With a Retry-After the gate does the waiting (shared by every caller); otherwise Polly's backoff.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Context.Properties.GetValue(StateKey, null!).LastRetryAfter is null ? (TimeSpan?)null : TimeSpan.Zero),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    _metrics.CountRetry();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var state = new SendState(request, TenantOperation.NameOf(request), IsBatch(request));
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        HttpResponseMessage response;
        try
        {
            response = await _retry.ExecuteAsync(static (ctx, self) => self.AttemptAsync(ctx), context, this).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            throw new TenantRequestException(new TenantRequestError(state.Operation, 0, e is TimeoutException ? "timeout" : "transportError",
                e.Message, null, ClientRequestId(request)), e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            using (response)
            {
                var error = await ErrorBodies.ParseAsync(state.Operation, response, ClientRequestId(request), cancellationToken).ConfigureAwait(false);
                throw new TenantThrottledException(error, state.Attempts, state.LastRetryAfter);
            }
        }

        return response;
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(ResilienceContext context)
    {
        var state = context.Properties.GetValue(StateKey, null!);
        var ct = context.CancellationToken;
        var message = state.Attempts == 0 ? state.Request : await HttpRequestCloner.CloneAsync(state.Request, ct).ConfigureAwait(false);
        state.Attempts++;
        state.LastRetryAfter = null;
        FailIfPausedTooLong(state);
        using var lease = await _gate.EnterAsync(ct).ConfigureAwait(false);
        _metrics.CountRoundTrip();
        if (!state.IsBatch)
        {
            _metrics.CountOperation(message.Method.Method);
        }

        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(message, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{state.Operation}: no response within {_options.AttemptTimeout}.", e);
        }

        var status = (int)response.StatusCode;
        if (!state.IsBatch)
        {
            _metrics.CountStatus(status);
        }

        if (status is 429 or 503)
        {
            state.LastRetryAfter = RetryAfter.From(response.Headers, _time);

            // A 429 without Retry-After still says the tenant is over budget: hold everyone for one base delay.
            _gate.Pause(state.LastRetryAfter ?? (status == 429 ? _options.BaseDelay : TimeSpan.Zero));
        }
        else if (state.IsBatch && await BatchStepThrottling.LongestWaitAsync(response, _time, _options.BaseDelay, ct).ConfigureAwait(false) is { } stepWait)
        {
            // Steps throttled inside a 200 $batch: pause before this slot is freed (GraphBatchSender re-sends the steps).
            _gate.Pause(stepWait);
        }

        return response;
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, SendState state)
    {
        if (outcome.Exception is { } e)
        {
            return e is HttpRequestException or TimeoutException && IsIdempotent(state.Request.Method) && state.Attempts < _options.MaxAttempts;
        }

        var status = (int)outcome.Result!.StatusCode;
        if (status == 429 && state.LastRetryAfter is { } retryAfter)
        {
            // Under concurrency a request is also caught by throttles other requests earned; Graph's guidance is to
            // keep waiting and retrying while 429s with Retry-After come.
            return retryAfter <= _options.MaxRetryAfter && state.Attempts < Math.Max(_options.MaxAttempts, _options.MaxThrottledAttempts);
        }

        if (state.Attempts >= _options.MaxAttempts)
        {
            return false;
        }

        return status switch
        {
            429 or 503 => state.LastRetryAfter is not { } wait || wait <= _options.MaxRetryAfter,
            502 or 504 => IsIdempotent(state.Request.Method),
            _ => false,
        };
    }

    // Another caller's Retry-After beyond MaxRetryAfter means the tenant is blocking us: fail now rather than hang.
    private void FailIfPausedTooLong(SendState state)
    {
        var wait = _gate.PausedUntil - _time.GetUtcNow();
        if (wait > _options.MaxRetryAfter)
        {
            throw new TenantThrottledException(
                new TenantRequestError(state.Operation, 429, "tenantPaused",
                    $"The tenant asked every caller to wait {wait.TotalSeconds:0} s, more than Resilience.MaxRetryAfter ({_options.MaxRetryAfter.TotalSeconds:0} s).",
                    null, ClientRequestId(state.Request)),
                state.Attempts - 1, wait);
        }
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options;

    private static bool IsBatch(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.OrdinalIgnoreCase) == true;

    private static string? ClientRequestId(HttpRequestMessage request) =>
        request.Headers.TryGetValues("client-request-id", out var values) ? values.FirstOrDefault() : null;

    private sealed class SendState(HttpRequestMessage request, string operation, bool isBatch)
    {
        public HttpRequestMessage Request { get; } = request;

        public string Operation { get; } = operation;

        public bool IsBatch { get; } = isBatch;

        public int Attempts { get; set; }

        public TimeSpan? LastRetryAfter { get; set; }
    }
}
