using CopSites.Indicators.Running;
using Microsoft.Extensions.Logging;

namespace CopSites.Indicators.Scheduling;

/// <summary>
/// One run of one CoP as the worker does it: call the runner, turn whatever happens into an outcome, log it and write
/// it to the run log. Never throws for a failing site (a failure is the site's, not the schedule's); only cancellation
/// (the worker stopping) goes up, so a run cut short is redone by recovery rather than recorded as a failure.
/// </summary>
public sealed class CommunityRun
{
    private readonly IIndicatorRunner _runner;
    private readonly RunLog _log;
    private readonly IRunObserver _observer;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;

    /// <summary>Runs through <paramref name="runner"/> and records in <paramref name="log"/>.</summary>
    public CommunityRun(IIndicatorRunner runner, RunLog log, IRunObserver observer, ILogger logger, TimeProvider clock)
    {
        _runner = runner;
        _log = log;
        _observer = observer;
        _logger = logger;
        _clock = clock;
    }

    /// <summary>Runs <paramref name="schedule"/>'s CoP once for the fire time <paramref name="scheduledFireUtc"/>.</summary>
    /// <param name="schedule">The CoP.</param>
    /// <param name="scheduledFireUtc">The cron's fire time this run is for.</param>
    /// <param name="recovering">Whether a dead node had started this fire.</param>
    /// <param name="instanceId">The node running it.</param>
    /// <param name="cancellationToken">Signalled when the worker stops without waiting.</param>
    /// <returns>The CoP's run-log line; null only when even the run log could not be written (logged).</returns>
    public async Task<RunRecord?> RunAsync(
        CommunitySchedule schedule, DateTimeOffset scheduledFireUtc, bool recovering, string instanceId, CancellationToken cancellationToken)
    {
        var alias = schedule.Site.Alias;
        var started = _clock.GetUtcNow();
        _observer.Started(alias, scheduledFireUtc, recovering);
        _logger.LogInformation("Indicator run for {Alias} ({Site}) started, fire time {Fire:o}{Recovering}",
            alias, schedule.Site.SiteUrl, scheduledFireUtc, recovering ? ", recovering a run a stopped node had started" : "");
        string? failure;
        try
        {
            var result = await _runner.RunAsync(schedule.Site, schedule.Settings, cancellationToken);
            failure = result.Succeeded ? null : result.Failure ?? $"{alias}: the runner reported a failure without saying why";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Indicator run for {Alias} was stopped with the worker; it runs again on recovery or its next fire", alias);
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The runner's contract is to return failures; one that throws is still only this site's problem.
            failure = $"{alias} ({schedule.Site.SiteUrl}): the indicator runner failed: {e.GetType().Name}: {e.Message}";
            _logger.LogError(e, "Indicator run for {Alias} threw", alias);
        }

        var outcome = failure is null ? RunOutcome.Succeeded : RunOutcome.Failed;
        if (failure is not null)
        {
            _logger.LogWarning("Indicator run for {Alias} failed: {Failure}", alias, failure);
        }
        else
        {
            _logger.LogInformation("Indicator run for {Alias} succeeded", alias);
        }

        try
        {
            var record = await _log.RecordAsync(alias, scheduledFireUtc, started, _clock.GetUtcNow(), outcome, failure, instanceId, CancellationToken.None);
            _observer.Finished(record);
            return record;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            _logger.LogError(e, "The run of {Alias} ended {Outcome} but the run log could not be written", alias, outcome);
            _observer.Finished(new RunRecord(alias, scheduledFireUtc, started, _clock.GetUtcNow(), outcome, failure, instanceId, 0, 0));
            return null;
        }
    }
}
