namespace CopSites.Indicators.Scheduling;

/// <summary>The run log's line for one CoP: its last run and its counts so far.</summary>
/// <param name="Alias">The CoP.</param>
/// <param name="ScheduledFireUtc">The fire time the last run was for (the cron's, not the clock's).</param>
/// <param name="StartedUtc">When the last run started.</param>
/// <param name="FinishedUtc">When it ended.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Failure">What went wrong, naming the site, when it failed.</param>
/// <param name="InstanceId">The worker (Quartz instance id) that ran it.</param>
/// <param name="Runs">Runs so far.</param>
/// <param name="Failures">Failed runs so far.</param>
public sealed record RunRecord(
    string Alias,
    DateTimeOffset ScheduledFireUtc,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    RunOutcome Outcome,
    string? Failure,
    string InstanceId,
    long Runs,
    long Failures);
