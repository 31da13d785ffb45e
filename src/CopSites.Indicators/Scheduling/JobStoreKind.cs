namespace CopSites.Indicators.Scheduling;

/// <summary>Where the worker keeps its schedule.</summary>
public enum JobStoreKind
{
    /// <summary>A SQLite file: one worker, the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by a cluster of workers (scale-out, fail-over).</summary>
    Postgres,
}
