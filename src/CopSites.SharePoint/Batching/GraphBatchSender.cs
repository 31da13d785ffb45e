using System.Collections.Concurrent;
using System.Globalization;
using CopSites.SharePoint.Resilience;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Batching;

/// <summary>
/// Sends independent requests (one dependency level) in Graph $batch requests of up to
/// <see cref="MaxRequestsInGraphBatch"/>, several batches at once, and returns one result per request in input order.
/// The SDK's retry cannot see inside a batch (the outer response is 200), so steps answered 429 or 503 are re-batched
/// here: the largest step Retry-After pauses the tenant's gate (the throttling handler reads it from the $batch body
/// before freeing the batch's slot, so every caller waits), steps without one back off
/// exponentially with jitter, and after <see cref="TenantResilienceOptions.MaxAttempts"/> sends a step's failure is
/// returned as its result. Requests with bodies over <see cref="BatchingOptions.MaxBatchedBodyBytes"/> go out alone.
/// </summary>
public sealed class GraphBatchSender
{
    /// <summary>Graph's JSON batching limit (concepts/json-batching.md): a batch with more steps is refused with 400.</summary>
    public const int MaxRequestsInGraphBatch = 20;

    private readonly GraphServiceClient _graph;
    private readonly RequestMetrics _metrics;
    private readonly TenantResilienceOptions _resilience;
    private readonly BatchingOptions _batching;
    private readonly TimeProvider _time;

    /// <summary>Uses <paramref name="graph"/>'s pipeline (auth, User-Agent, the tenant's gate, outer retries) for every send.</summary>
    public GraphBatchSender(GraphServiceClient graph, RequestMetrics metrics, TenantResilienceOptions resilience,
        BatchingOptions batching, TimeProvider time)
    {
        _graph = graph;
        _metrics = metrics;
        _resilience = resilience;
        _batching = batching;
        _time = time;
    }

    /// <summary>Sends every item; never throws for a tenant-side failure (see each result's Error), only for cancellation.</summary>
    public async Task<IReadOnlyList<BatchItemResult>> SendAsync(IReadOnlyList<BatchItem> items, CancellationToken ct)
    {
        var bodies = new byte[]?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            bodies[i] = await BufferAsync(items[i].Request, ct).ConfigureAwait(false);
        }

        var results = new BatchItemResult[items.Count];
        var attempts = new int[items.Count];
        var alone = Enumerable.Range(0, items.Count).Where(i => bodies[i]?.Length > _batching.MaxBatchedBodyBytes).ToArray();
        var sendingAlone = Parallel.ForEachAsync(alone, Parallelism(ct), async (index, token) =>
        {
            var outcome = await new LoneRequestSender(_graph).SendAsync(index, items[index], bodies[index], token).ConfigureAwait(false);
            results[index] = outcome.ToResult(items[index], 1);
        });

        var pending = Enumerable.Range(0, items.Count).Except(alone).ToList();
        for (var round = 1; pending.Count > 0; round++)
        {
            var retry = new ConcurrentBag<int>();
            var needsBackoff = 0;
            await Parallel.ForEachAsync(pending.Chunk(MaxRequestsInGraphBatch), Parallelism(ct), async (chunk, token) =>
            {
                foreach (var step in await SendBatchAsync(items, bodies, chunk, token).ConfigureAwait(false))
                {
                    var sent = Interlocked.Increment(ref attempts[step.Index]);
                    var retryAfter = step.IsThrottling ? RetryAfter.From(step.Headers, _time) : null;
                    // A 503 may be a block (persistent); only 429s with a Retry-After get the longer budget.
                    var limit = step.Status == 429 && retryAfter is not null ? Math.Max(_resilience.MaxAttempts, _resilience.MaxThrottledAttempts) : _resilience.MaxAttempts;
                    if (step.IsThrottling && sent < limit && !(retryAfter > _resilience.MaxRetryAfter))
                    {
                        retry.Add(step.Index);
                        needsBackoff |= retryAfter is null ? 1 : 0;
                    }
                    else
                    {
                        results[step.Index] = step.ToResult(items[step.Index], sent);
                    }
                }
            }).ConfigureAwait(false);

            pending = [.. retry.Order()];
            for (var i = 0; i < pending.Count; i++)
            {
                _metrics.CountRetry();
            }

            if (pending.Count > 0 && needsBackoff == 1)
            {
                await Task.Delay(Backoff(round), _time, ct).ConfigureAwait(false);
            }
        }

        await sendingAlone.ConfigureAwait(false);
        return results;
    }

    private async Task<IReadOnlyList<StepOutcome>> SendBatchAsync(IReadOnlyList<BatchItem> items, byte[]?[] bodies, int[] chunk, CancellationToken ct)
    {
        // One collection per chunk of at most 20 steps: exactly one $batch POST (the collection posts its batches in sequence).
        var content = new BatchRequestContentCollection(_graph, MaxRequestsInGraphBatch);
        foreach (var index in chunk)
        {
            var step = await ToStepMessageAsync(items[index].Request, bodies[index], ct).ConfigureAwait(false);
            content.AddBatchRequestStep(new BatchRequestStep(StepId(index), step));
            _metrics.CountOperation(step.Method.Method);
        }

        BatchResponseContentCollection response;
        try
        {
            response = await _graph.Batch.PostAsync(content, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The whole $batch failed (after the handler's own retries): every step gets that error as its result.
            return chunk.Select(i => StepOutcome.Failed(i, OuterError(items[i].Operation, e))).ToArray();
        }

        var statuses = await response.GetResponsesStatusCodesAsync().ConfigureAwait(false);
        var outcomes = new List<StepOutcome>(chunk.Length);
        foreach (var index in chunk)
        {
            var message = statuses.ContainsKey(StepId(index)) ? await response.GetResponseByIdAsync(StepId(index)).ConfigureAwait(false) : null;
            if (message is null)
            {
                outcomes.Add(StepOutcome.Failed(index, new TenantRequestError(items[index].Operation, 0, "missingStep",
                    $"The $batch response has no step {StepId(index)}.", null, null)));
                continue;
            }

            using (message)
            {
                var outcome = await StepOutcome.FromResponseAsync(index, message, ct).ConfigureAwait(false);
                _metrics.CountStatus(outcome.Status);
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    private async Task<HttpRequestMessage> ToStepMessageAsync(RequestInformation request, byte[]? body, CancellationToken ct)
    {
        if (body is not null)
        {
            request.Content = new MemoryStream(body, writable: false);
        }

        var message = await _graph.RequestAdapter.ConvertToNativeRequestAsync<HttpRequestMessage>(request, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The request adapter did not produce an HTTP request.");

        // Converting authenticates the request; a step needs no token of its own (the outer $batch carries it).
        message.Headers.Authorization = null;
        request.Headers.Remove("Authorization");
        return message;
    }

    private static async Task<byte[]?> BufferAsync(RequestInformation request, CancellationToken ct)
    {
        // Kiota's "no body" is Stream.Null, not null.
        if (request.Content is not { } source || source == Stream.Null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        if (source.CanSeek)
        {
            source.Position = 0;
        }

        await source.CopyToAsync(copy, ct).ConfigureAwait(false);
        return copy.Length == 0 ? null : copy.ToArray();
    }

    private TimeSpan Backoff(int round)
    {
        var exponential = _resilience.BaseDelay * Math.Pow(2, Math.Min(round - 1, 16));
        var capped = exponential > _resilience.MaxBackoff ? _resilience.MaxBackoff : exponential;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private ParallelOptions Parallelism(CancellationToken ct) => new() { MaxDegreeOfParallelism = _batching.MaxConcurrentBatches, CancellationToken = ct };

    private static string StepId(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static TenantRequestError OuterError(string operation, Exception e) => e switch
    {
        TenantRequestException tenant => tenant.Error with { Operation = operation },
        Microsoft.Kiota.Abstractions.ApiException api => GraphErrors.From(operation, api),
        _ => new TenantRequestError(operation, 0, e.GetType().Name, e.Message, null, null),
    };
}
