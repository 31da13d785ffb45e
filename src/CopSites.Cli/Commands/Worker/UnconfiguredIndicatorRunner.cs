using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Running;

namespace CopSites.Cli.Commands.Worker;

/// <summary>
/// PLACEHOLDER until the real indicator runner (branch indplumb) is registered in <see cref="WorkerCommand"/>: every run
/// fails, loudly and by name, so a worker started without it never looks healthy.
/// </summary>
internal sealed class UnconfiguredIndicatorRunner : IIndicatorRunner
{
    public const string Message = "indicator runner not configured";

    public Task<IndicatorRunResult> RunAsync(CommunitySite site, ReportSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new IndicatorRunResult(site, false, null,
            $"{site.Alias} ({site.SiteUrl}): {Message}: this build of copsites has no indicator runner, so nothing was read or published"));
}
