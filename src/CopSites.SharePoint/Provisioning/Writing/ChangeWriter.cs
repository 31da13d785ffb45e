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
internal sealed class ChangeWriter(GraphBatchSender batches, RestWrites rest, PeopleResolver people, GraphRequests requests)
{
    private const int RestConcurrency = 4;

    public async Task<IReadOnlyList<ChangeOutcome>> ApplyAsync(SiteState state, IReadOnlyList<ResourceChange> changes, CancellationToken ct)
    {
        var context = new WriteContext(state, SiteAddress.From(state.Facts), requests);
        var outcomes = new ChangeOutcome?[changes.Count];
        var resolved = await people.ResolveAsync(changes, context, ct);
        for (var i = 0; i < resolved.Count; i++)
        {
            if (resolved[i].Failure is { } unknownPerson)
            {
                outcomes[i] = ChangeOutcome.Failed(changes[i].Key, unknownPerson);
            }
        }

        changes = resolved.Select(r => r.Change).ToArray();
        var graphWrites = new List<(int Index, GraphWrite Write)>();
        var restWrites = new List<int>();
        for (var i = 0; i < changes.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

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
        var landed = new List<(int Index, GraphWrite Write)>();
        for (var i = 0; i < writes.Count; i++)
        {
            var (index, write) = writes[i];
            if (results[i].IsSuccess)
            {
                outcomes[index] = ChangeOutcome.Success(write.ToResult(results[i].Body));
                landed.Add(writes[i]);
            }
            else
            {
                outcomes[index] = Failed(changes[index], results[i]);
            }
        }

        // Follow-ups go out in rounds: every write's first one together, then every second one, and so on.
        for (var round = 0; landed.Count > 0; round++)
        {
            var due = landed.Where(w => w.Write.Then.Count > round && outcomes[w.Index]!.Succeeded)
                .Select(w => (w.Index, FollowUp: w.Write.Then[round], Request: w.Write.Then[round].Request(outcomes[w.Index]!.Result!)))
                .Where(f => f.Request is not null)
                .ToList();
            if (due.Count == 0)
            {
                if (landed.All(w => w.Write.Then.Count <= round + 1))
                {
                    break;
                }

                continue;
            }

            var followResults = await batches.SendAsync(due.Select(f => new BatchItem("then " + Operation(changes[f.Index]), f.Request!)).ToArray(), ct);
            for (var i = 0; i < due.Count; i++)
            {
                var (index, followUp, _) = due[i];
                if (!followResults[i].IsSuccess)
                {
                    outcomes[index] = Failed(changes[index], followResults[i]);
                }
                else if (followUp.Related is { } related)
                {
                    outcomes[index] = outcomes[index]! with { Related = [.. outcomes[index]!.Related, .. related(followResults[i].Body)] };
                }
            }
        }
    }

    // Navigation nodes are created in the template's order (SharePoint appends each to its parent), so they go out one
    // after another; other REST writes go out concurrently beside them.
    private async Task ApplyRestAsync(IReadOnlyList<ResourceChange> changes, List<int> indexes, WriteContext context, ChangeOutcome?[] outcomes, CancellationToken ct)
    {
        var ordered = indexes.Where(i => changes[i].Key.Kind == ResourceKind.NavigationNode).ToArray();
        var navigation = Task.Run(async () =>
        {
            foreach (var index in ordered)
            {
                outcomes[index] = await ApplyRestAsync(changes[index], context, ct);
            }
        }, ct);
        await Parallel.ForEachAsync(indexes.Except(ordered), new ParallelOptions { MaxDegreeOfParallelism = RestConcurrency, CancellationToken = ct },
            async (index, token) => outcomes[index] = await ApplyRestAsync(changes[index], context, token));
        await navigation;
    }

    private async Task<ChangeOutcome> ApplyRestAsync(ResourceChange change, WriteContext context, CancellationToken ct)
    {
        try
        {
            return ChangeOutcome.Success(await rest.ApplyAsync(change, context, ct));
        }
        catch (ChangeRejectedException e)
        {
            return ChangeOutcome.Failed(change.Key, e.Failure);
        }
        catch (TenantRequestException e)
        {
            // Still throttled after every retry, or refused: this object fails, the rest of the CoP goes on; a rerun finishes it.
            return ChangeOutcome.Failed(change.Key, new TenantFailure(e.Error.Status, e.Error.Code ?? "error", e.Error.Message, e.Error.RequestId));
        }
    }

    private static ChangeOutcome Failed(ResourceChange change, BatchItemResult result) =>
        ChangeOutcome.Failed(change.Key, new TenantFailure(result.Status, result.Error?.Code ?? "error", result.Error?.Message ?? result.RawBody, result.Error?.RequestId));

    private static string Operation(ResourceChange change) => $"{change.Kind.ToString().ToLowerInvariant()} {change.Key}";
}
