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
        var scheduled = context.Recovering && OriginalScheduledFire(context.MergedJobDataMap) is { } original
            ? original
            : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await _run.RunAsync(schedule, scheduled, context.Recovering, context.Scheduler.SchedulerInstanceId, cancellationToken);
    }

    // A recovery fire comes through a new one-off trigger; the fire it redoes is the one the dead node had started, which
    // Quartz keeps in the recovery trigger's data as invariant text ("12/02/2026 15:41:18 +00:00", whole seconds, which
    // is exact for cron fires).
    private static DateTimeOffset? OriginalScheduledFire(JobDataMap data) =>
        data.TryGetValue(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime, out var value)
        && DateTimeOffset.TryParse(value?.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var original)
            ? original.ToUniversalTime()
            : null;
}
