using Quartz;

namespace CopSites.Indicators.Scheduling;

/// <summary>
/// The Quartz job of one CoP. One at a time per CoP (a slow run is never overlapped by its next fire), and it never
/// throws into Quartz for a failing site, so its trigger keeps firing.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class IndicatorJob : IJob
{
    private readonly CommunityRun _run;

    public IndicatorJob(CommunityRun run) => _run = run;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var cron = (context.Trigger as ICronTrigger)?.CronExpressionString ?? "";
        var schedule = JobData.Read(context.MergedJobDataMap, cron);
        // A recovery fire is a new one-off trigger; the fire it redoes is the original scheduled time.
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await _run.RunAsync(schedule, scheduled, context.Recovering, context.Scheduler.SchedulerInstanceId, cancellationToken);
    }
}
