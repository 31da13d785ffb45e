namespace CopSites.Indicators.Scheduling;

/// <summary>Hears about each run as it starts and ends: the worker's progress.</summary>
public interface IRunObserver
{
    /// <summary>A run for <paramref name="alias"/> started.</summary>
    /// <param name="alias">The CoP.</param>
    /// <param name="scheduledFireUtc">The fire time it is for.</param>
    /// <param name="recovering">True when this node is redoing a run a dead node had started.</param>
    void Started(string alias, DateTimeOffset scheduledFireUtc, bool recovering);

    /// <summary>A run ended; <paramref name="record"/> is the run log's line after it.</summary>
    void Finished(RunRecord record);
}
