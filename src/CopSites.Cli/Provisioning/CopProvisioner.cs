using System.Diagnostics;
using CopSites.Cli.Tenancy;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.SharePoint.Provisioning;
using CopSites.SharePoint.Resilience;

namespace CopSites.Cli.Provisioning;

/// <summary>
/// Provisions CoPs over one tenant session: one at a time or many concurrently (bounded), all sharing the session's
/// throttle gate, so a Retry-After slows every CoP down together instead of each being throttled in turn. One CoP's
/// failure is recorded in its outcome and never stops the others.
/// </summary>
internal sealed class CopProvisioner(TenantSession session, string templatePath, ProvisioningOptions options)
{
    public async Task<CopOutcome> RunAsync(FileInfo charter, IProgress<ProvisioningProgress>? progress, CancellationToken ct)
    {
        var (request, problems) = ProvisioningInputs.Load(templatePath, charter.FullName, options);
        if (request is null)
        {
            return new CopOutcome(charter.Name, CopStatus.InvalidInput, problems, null);
        }

        using var gateway = session.NewGateway();
        var watch = Stopwatch.StartNew();
        try
        {
            var result = await new ProvisioningEngine(new SiteGateway(gateway), StandardBuilders.All).ApplyAsync(request, progress, ct);
            var summary = ProvisioningSummary.From(result, gateway.Metrics.Snapshot(), watch.Elapsed);
            return new CopOutcome(charter.Name, result.Succeeded ? CopStatus.Succeeded : CopStatus.TenantRefused, summary.Failures, summary);
        }
        catch (ProvisioningInputException e)
        {
            return new CopOutcome(charter.Name, CopStatus.InvalidInput, e.Problems, null);
        }
        catch (TenantRequestException e)
        {
            return new CopOutcome(charter.Name, CopStatus.Failed, [e.Error.ToString()], null);
        }
    }

    public async Task<IReadOnlyList<CopOutcome>> RunManyAsync(IReadOnlyList<FileInfo> charters, int parallel, CancellationToken ct)
    {
        var outcomes = new CopOutcome[charters.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, charters.Count), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) => outcomes[i] = await RunAsync(charters[i], null, token));
        return outcomes;
    }
}
