using Quartz;
using Quartz.Extensibility;

namespace CopSites.Indicators.Scheduling;

/// <summary>Builds every <see cref="IndicatorJob"/> around the worker's one <see cref="CommunityRun"/>.</summary>
internal sealed class IndicatorJobFactory : IJobFactory
{
    private readonly CommunityRun _run;

    public IndicatorJobFactory(CommunityRun run) => _run = run;

    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new JobScope(new IndicatorJob(_run), null!));

    public ValueTask ReturnJob(JobScope scope, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
