using CopSites.Indicators.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CopSites.Indicators.Tests.Scheduling;

/// <summary>
/// The worker on its default store, a SQLite file, in this process: failures stay with their site, the schedule and
/// the run log survive a restart, and a worker that was down catches up with one run, not one per missed fire.
/// </summary>
public sealed class SqliteWorkerTests : IDisposable
{
    private const string EverySecond = "0/1 * * * * ?";
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-sqlite-").FullName;

    private string StorePath => Path.Combine(_folder, "data", "worker.db");

    private WorkerSettings Settings => WorkerSettings.Sqlite(StorePath) with
    {
        IdleWaitTime = TimeSpan.FromSeconds(1),
        MisfireThreshold = TimeSpan.FromSeconds(5),
        MaxConcurrentRuns = 3,
    };

    [Fact]
    public async Task OneFailingSite_NeverStopsTheOthers_AndEachFailureIsRecorded()
    {
        var runner = new FakeRunner(fails: "broken-list", throws: "unreachable");
        var observer = new CollectingObserver();
        await using var worker = await IndicatorWorker.StartAsync(Settings,
            [FakeRunner.Schedule("healthy", EverySecond), FakeRunner.Schedule("broken-list", EverySecond), FakeRunner.Schedule("unreachable", EverySecond)],
            runner, observer, NullLoggerFactory.Instance, CancellationToken.None);

        await observer.WaitAsync(o => new[] { "healthy", "broken-list", "unreachable" }.All(a => o.Finishes.Count(f => f.Alias == a) >= 3), TimeSpan.FromSeconds(20));
        await worker.StopAsync(waitForRunsToComplete: true);

        var log = (await worker.RunLog.ReadAsync(CancellationToken.None)).ToDictionary(r => r.Alias);
        log["healthy"].Outcome.ShouldBe(RunOutcome.Succeeded);
        log["healthy"].Failures.ShouldBe(0);
        log["healthy"].Runs.ShouldBe(runner.Calls("healthy"));
        log["broken-list"].Outcome.ShouldBe(RunOutcome.Failed);
        log["broken-list"].Failure.ShouldBe("broken-list: the list 'Events' was deleted");
        log["broken-list"].Failures.ShouldBe(log["broken-list"].Runs);
        // A runner that throws is still only its site's failure: the trigger keeps firing and the message names the site.
        log["unreachable"].Outcome.ShouldBe(RunOutcome.Failed);
        log["unreachable"].Failure!.ShouldContain("https://contoso.sharepoint.com/sites/unreachable");
        log["unreachable"].Failure!.ShouldContain("connection refused");
        log["unreachable"].Runs.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task ScheduleAndRunLog_SurviveARestart_AChangedCronReplacesTheTrigger_AndAGoneCoPIsUnscheduled()
    {
        var runner = new FakeRunner();
        var observer = new CollectingObserver();
        DateTimeOffset? monthlyNext;
        await using (var first = await IndicatorWorker.StartAsync(Settings,
            [FakeRunner.Schedule("alpha", EverySecond), FakeRunner.Schedule("beta", "0 0 2 1 * ?")], runner, observer, NullLoggerFactory.Instance, CancellationToken.None))
        {
            await observer.WaitAsync(o => o.Finishes.Any(f => f.Alias == "alpha"), TimeSpan.FromSeconds(15));
            monthlyNext = await first.NextFireAsync("beta", CancellationToken.None);
        }

        await using (var restarted = await IndicatorWorker.StartAsync(Settings, [FakeRunner.Schedule("beta", "0 0 2 1 * ?")], runner, new CollectingObserver(), NullLoggerFactory.Instance, CancellationToken.None))
        {
            (await restarted.NextFireAsync("beta", CancellationToken.None)).ShouldBe(monthlyNext, "the trigger was kept in the file");
            (await restarted.NextFireAsync("alpha", CancellationToken.None)).ShouldBeNull("alpha's charter is gone, so is its trigger");
            var alpha = (await restarted.RunLog.ReadAsync(CancellationToken.None)).Single(r => r.Alias == "alpha");
            alpha.Outcome.ShouldBe(RunOutcome.Succeeded);
            alpha.Runs.ShouldBeGreaterThanOrEqualTo(1);
        }

        await using var changed = await IndicatorWorker.StartAsync(Settings, [FakeRunner.Schedule("beta", CadenceCron.Weekly.Expression)],
            runner, new CollectingObserver(), NullLoggerFactory.Instance, CancellationToken.None);
        var weekly = await changed.NextFireAsync("beta", CancellationToken.None);
        weekly!.Value.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        weekly.Value.ShouldBeLessThan(DateTimeOffset.UtcNow.AddDays(7).AddSeconds(1));
    }

    [Fact]
    public async Task WorkerDownForThreeMonths_FiresOnceNow_ThenFollowsTheCron()
    {
        var schedule = FakeRunner.Schedule("late-cop", CadenceCron.Monthly.Expression);
        await using (var _ = await IndicatorWorker.StartAsync(Settings, [schedule], new FakeRunner(), new CollectingObserver(), NullLoggerFactory.Instance, CancellationToken.None))
        {
        }

        // As if the worker had been stopped since three monthly fires ago: the stored next fire time is long past.
        var missed = DateTimeOffset.UtcNow.AddDays(-92);
        await using (var connection = new SqliteConnection(Settings.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = $ticks WHERE TRIGGER_NAME = 'late-cop'";
            command.Parameters.AddWithValue("$ticks", missed.UtcTicks);
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var runner = new FakeRunner();
        var observer = new CollectingObserver();
        await using var worker = await IndicatorWorker.StartAsync(Settings, [schedule], runner, observer, NullLoggerFactory.Instance, CancellationToken.None);
        await observer.WaitAsync(o => !o.Finishes.IsEmpty, TimeSpan.FromSeconds(15));
        // Give a wrong policy (one run per missed fire) the time to show itself: the missed fires are all due at once.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await worker.StopAsync(waitForRunsToComplete: true);

        runner.Calls("late-cop").ShouldBe(1);
        var next = await NextFireInStoreAsync("late-cop");
        next.ShouldBe(CadenceCron.Monthly.NextAfter(DateTimeOffset.UtcNow)!.Value);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<DateTimeOffset> NextFireInStoreAsync(string alias)
    {
        await using var connection = new SqliteConnection(Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = $name";
        command.Parameters.AddWithValue("$name", alias);
        return new DateTimeOffset((long)(await command.ExecuteScalarAsync())!, TimeSpan.Zero);
    }
}
