using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Scheduling;
using CopSites.Scheduling.TestHost;
using Microsoft.Extensions.Logging;

// Usage: --store sqlite|postgres --connection STR --record FILE --cron CRON --aliases a,b [--hang a] [--fail b]
//        [--instance ID]. Prints "ready <instance id>" once firing; "stop" on stdin stops cleanly (waiting for runs).
var options = HostOptions.Parse(args);
var record = new SharedRecord(options.Record);
var settings = (options.Store == "postgres" ? WorkerSettings.Postgres(options.Connection) : WorkerSettings.Sqlite(options.Connection)) with
{
    InstanceId = options.Instance,
    // Short intervals so a test sees fires, misfires and recovery within seconds (see the tests for why each value).
    IdleWaitTime = TimeSpan.FromSeconds(1), // the least Quartz accepts
    CheckinInterval = TimeSpan.FromMilliseconds(500),
    CheckinMisfireThreshold = TimeSpan.FromSeconds(1),
    MisfireThreshold = TimeSpan.FromSeconds(5),
    MaxConcurrentRuns = 4,
};
var schedules = options.Aliases
    .Select(alias => new CommunitySchedule(
        new CommunitySite(alias, alias, new Uri($"http://127.0.0.1:5080/sites/{alias}")), ReportSettings.Default, IndicatorCron.Create(options.Cron)))
    .ToList();
using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning).AddFilter(l => true));
var runner = new RecordingRunner(record, options.Hang, options.Fail);
await using var worker = await IndicatorWorker.StartAsync(settings, schedules, runner, new RecordingObserver(record), loggers, CancellationToken.None);
Console.WriteLine($"ready {worker.InstanceId}");
while (Console.ReadLine() is { } line && line != "stop")
{
}

await worker.StopAsync(waitForRunsToComplete: true);
Console.WriteLine("stopped");
