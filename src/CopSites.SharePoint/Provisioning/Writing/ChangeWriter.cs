using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Resilience;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>
/// Applies one dependency level: every Graph write goes out in $batch requests of up to 20, sent concurrently; the
/// follow-ups (page publishes) in one more batch; REST writes concurrently beside them. A refused write becomes a failed
/// outcome naming what and why; only an unreachable tenant throws.
/// </summary>
internal sealed class ChangeWriter(GraphBatchSender batches, RestWrites rest, GraphRequests requests)
{
    private const int RestConcurrency = 4;

    public async Task<IReadOnlyList<ChangeOutcome>> ApplyAsync(SiteState state, IReadOnlyList<ResourceChange> changes, CancellationToken ct)
    {
        var context = new WriteContext(state, SiteAddress.From(state.Facts), requests);
        var outcomes = new ChangeOutcome?[changes.Count];
        var graphWrites = new List<(int Index, GraphWrite Write)>();
        var restWrites = new List<int>();
        for (var i = 0; i < changes.Count; i++)
        {
            try
            {
                if (GraphWriteFactory.Create(changes[i], context) is { } write)
                {
                    graphWrites.Add((i, write));
                }
                else
                {
                    restWrites.Add(i);
                }
            }
            catch (ChangeRejectedException e)
            {
                outcomes[i] = ChangeOutcome.Failed(changes[i].Key, e.Failure);
            }
        }

        var restTask = ApplyRestAsync(changes, restWrites, context, outcomes, ct);
        await ApplyGraphAsync(changes, graphWrites, outcomes, ct);
        await restTask;
        return outcomes.Select((o, i) => o ?? ChangeOutcome.Failed(changes[i].Key, new TenantFailure(500, "notApplied", "The change was not sent.", null))).ToArray();
    }

    private async Task ApplyGraphAsync(IReadOnlyList<ResourceChange> changes, List<(int Index, GraphWrite Write)> writes, ChangeOutcome?[] outcomes, CancellationToken ct)
    {
        var results = await batches.SendAsync(writes.Select(w => new BatchItem(Operation(changes[w.Index]), w.Write.Request)).ToArray(), ct);
        var followUps = new List<(int Index, GraphWrite Write, BatchItem Item)>();
        for (var i = 0; i < writes.Count; i++)
        {
            var (index, write) = writes[i];
            if (!results[i].IsSuccess)
            {
                outcomes[index] = Failed(changes[index], results[i]);
                continue;
            }

            var resource = write.ToResult(results[i].Body);
            outcomes[index] = ChangeOutcome.Success(resource);
            if (write.Then?.Invoke(resource) is { } next)
            {
                followUps.Add((index, write, new BatchItem("then " + Operation(changes[index]), next)));
            }
        }

        if (followUps.Count == 0)
        {
            return;
        }

        var followResults = await batches.SendAsync(followUps.Select(f => f.Item).ToArray(), ct);
        for (var i = 0; i < followUps.Count; i++)
        {
            var (index, write, _) = followUps[i];
            if (!followResults[i].IsSuccess)
            {
                outcomes[index] = Failed(changes[index], followResults[i]);
            }
            else if (write.ThenResults is { } related)
            {
                outcomes[index] = outcomes[index]! with { Related = related(followResults[i].Body).ToArray() };
            }
        }
    }

    private async Task ApplyRestAsync(IReadOnlyList<ResourceChange> changes, List<int> indexes, WriteContext context, ChangeOutcome?[] outcomes, CancellationToken ct) =>
        await Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = RestConcurrency, CancellationToken = ct }, async (index, token) =>
        {
            try
            {
                outcomes[index] = ChangeOutcome.Success(await rest.ApplyAsync(changes[index], context, token));
            }
            catch (ChangeRejectedException e)
            {
                outcomes[index] = ChangeOutcome.Failed(changes[index].Key, e.Failure);
            }
            catch (TenantRequestException e) when (e is not TenantThrottledException)
            {
                outcomes[index] = ChangeOutcome.Failed(changes[index].Key, new TenantFailure(e.Error.Status, e.Error.Code ?? "error", e.Error.Message, e.Error.RequestId));
            }
        });

    private static ChangeOutcome Failed(ResourceChange change, BatchItemResult result) =>
        ChangeOutcome.Failed(change.Key, new TenantFailure(result.Status, result.Error?.Code ?? "error", result.Error?.Message ?? result.RawBody, result.Error?.RequestId));

    private static string Operation(ResourceChange change) => $"{change.Kind.ToString().ToLowerInvariant()} {change.Key}";
}
