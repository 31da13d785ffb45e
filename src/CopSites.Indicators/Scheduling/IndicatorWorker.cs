using System.Data.Common;
using CopSites.Indicators.Running;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Quartz;

namespace CopSites.Indicators.Scheduling;

/// <summary>
/// The scheduled indicator job: one Quartz job and cron trigger per CoP in a persistent store (SQLite for one node,
/// PostgreSQL for a cluster), each run through <see cref="CommunityRun"/>.
/// </summary>
/// <remarks>
/// <para>Jobs request recovery: a node killed mid-run leaves its fired trigger in the store, and a surviving node of the
/// cluster redoes that fire once the dead node's check-in has lapsed. Runs of one CoP never overlap.</para>
/// <para>Misfires (the worker was down, or every thread busy, past <see cref="WorkerSettings.MisfireThreshold"/>) fire
/// once now and then follow the cron (<see cref="CronTriggerMisfireInstruction.FireAndProceed"/>): figures are
/// cumulative over the CoP's whole life, so one catch-up run measures everything the missed runs would have, and
/// replaying each missed fire would only publish the same page several times.</para>
/// <para>Starting a worker reconciles the store with the CoPs it was given: a CoP whose cron is unchanged keeps its
/// trigger (and so its next fire time and any misfire to handle), a changed cron replaces the trigger. A CoP no longer
/// given loses its job and trigger (its run-log line stays). Every node of a cluster must be given the same charters.</para>
/// </remarks>
public sealed class IndicatorWorker : IAsyncDisposable
{
    /// <summary>The job and trigger group of the indicator jobs; the name is the CoP's alias.</summary>
    public const string Group = "indicators";

    private readonly IScheduler _scheduler;
    private bool _stopped;

    private IndicatorWorker(IScheduler scheduler, RunLog log)
    {
        _scheduler = scheduler;
        RunLog = log;
    }

    /// <summary>The run log in the store's database.</summary>
    public RunLog RunLog { get; }

    /// <summary>This node's Quartz instance id.</summary>
    public string InstanceId => _scheduler.SchedulerInstanceId;

    /// <summary>Reconciles the store with <paramref name="schedules"/> and starts firing.</summary>
    public static async Task<IndicatorWorker> StartAsync(
        WorkerSettings settings, IReadOnlyList<CommunitySchedule> schedules, IIndicatorRunner runner, IRunObserver observer,
        ILoggerFactory loggers, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var log = await OpenRunLogAsync(settings, cancellationToken);
        var run = new CommunityRun(runner, log, observer, loggers.CreateLogger<CommunityRun>(), clock);
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.Services.AddSingleton(loggers);
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = settings.SchedulerName;
                if (settings.InstanceId is { } id)
                {
                    s.InstanceId = id;
                }

                s.IdleWaitTime = settings.IdleWaitTime;
                s.DefaultMisfireHandling = DefaultMisfireHandling.FireAndProceed;
            });
            q.UseTimeProvider(clock);
            q.UseDefaultThreadPool(Math.Max(1, settings.MaxConcurrentRuns));
            q.UseJobFactory(new IndicatorJobFactory(run));
            q.UsePersistentStore(store =>
            {
                if (settings.Store == JobStoreKind.Sqlite)
                {
                    store.UseSqlite(settings.ConnectionString);
                }
                else
                {
                    store.UsePostgres(settings.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = settings.CheckinInterval;
                        c.CheckinMisfireThreshold = settings.CheckinMisfireThreshold;
                    });
                }

                // Quartz creates its QRTZ_ tables when missing and otherwise checks them against what this version
                // needs, so a store from another version is refused at start rather than failing mid-run.
                store.ProvisionSchema();
                store.ConfigureStore(o =>
                {
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = settings.MisfireThreshold;
                });
            });
        }).BuildScheduler(cancellationToken);

        await ReconcileAsync(scheduler, schedules, clock, cancellationToken);
        await scheduler.Start(cancellationToken);
        return new IndicatorWorker(scheduler, log);
    }

    /// <summary>Runs every CoP once, now, one after the other, without a scheduler (<c>--once</c>); recorded in the run log.</summary>
    public static async Task<IReadOnlyList<RunRecord>> RunOnceAsync(
        WorkerSettings settings, IReadOnlyList<CommunitySchedule> schedules, IIndicatorRunner runner, IRunObserver observer,
        ILoggerFactory loggers, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var log = await OpenRunLogAsync(settings, cancellationToken);
        var run = new CommunityRun(runner, log, observer, loggers.CreateLogger<CommunityRun>(), clock);
        var instance = settings.InstanceId ?? $"{Environment.MachineName}-once";
        foreach (var schedule in schedules)
        {
            await run.RunAsync(schedule, clock.GetUtcNow(), recovering: false, instance, cancellationToken);
        }

        var aliases = schedules.Select(s => s.Site.Alias).ToHashSet(StringComparer.Ordinal);
        return (await log.ReadAsync(cancellationToken)).Where(r => aliases.Contains(r.Alias)).ToList();
    }

    /// <summary>When <paramref name="alias"/>'s trigger fires next; null when it has none.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(string alias, CancellationToken cancellationToken) =>
        (await _scheduler.GetTrigger(new TriggerKey(alias, Group), cancellationToken))?.NextFireTimeUtc;

    /// <summary>Stops firing; with <paramref name="waitForRunsToComplete"/>, lets the runs under way finish first.</summary>
    public async Task StopAsync(bool waitForRunsToComplete, CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _scheduler.Shutdown(waitForRunsToComplete, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync(waitForRunsToComplete: true);

    private static async Task<RunLog> OpenRunLogAsync(WorkerSettings settings, CancellationToken cancellationToken)
    {
        DbProviderFactory provider = settings.Store == JobStoreKind.Sqlite ? SqliteFactory.Instance : NpgsqlFactory.Instance;
        if (settings.Store == JobStoreKind.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            // Write-ahead logging lets the run log and Quartz write without blocking each other's readers.
            await using var connection = new SqliteConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var log = new RunLog(provider, settings.ConnectionString);
        await log.EnsureCreatedAsync(cancellationToken);
        return log;
    }

    private static async Task ReconcileAsync(IScheduler scheduler, IReadOnlyList<CommunitySchedule> schedules, TimeProvider clock, CancellationToken ct)
    {
        foreach (var schedule in schedules)
        {
            var jobKey = new JobKey(schedule.Site.Alias, Group);
            var job = JobBuilder.Create<IndicatorJob>()
                .WithIdentity(jobKey)
                .WithDescription($"Indicators of {schedule.Site.DisplayName} ({schedule.Site.SiteUrl})")
                .UsingJobData(JobData.From(schedule))
                .RequestRecovery(true)
                .DisallowConcurrentExecution(true)
                .StoreDurably(true)
                .Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, ct);

            var triggerKey = new TriggerKey(schedule.Site.Alias, Group);
            var trigger = TriggerBuilder.Create(clock)
                .WithIdentity(triggerKey)
                .ForJob(jobKey)
                .WithSchedule(CronScheduleBuilder.Create(schedule.Cron.Expression)
                    .InTimeZone(TimeZoneInfo.Utc)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            var existing = await scheduler.GetTrigger(triggerKey, ct) as ICronTrigger;
            var conflict = existing is not null && existing.CronExpressionString != schedule.Cron.Expression ? TriggerConflict.Replace : TriggerConflict.Keep;
            await scheduler.ScheduleTrigger(trigger, conflict, ct);
        }

        var given = schedules.Select(s => s.Site.Alias).ToHashSet(StringComparer.Ordinal);
        var gone = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), ct)).Where(k => !given.Contains(k.Name)).ToList();
        if (gone.Count > 0)
        {
            await scheduler.DeleteJobs(gone, ct);
        }
    }
}
