namespace CopSites.Indicators.Scheduling;

/// <summary>How the worker keeps and fires its schedule. The defaults suit production; tests shorten the intervals.</summary>
public sealed record WorkerSettings
{
    /// <summary>Where the schedule lives.</summary>
    public required JobStoreKind Store { get; init; }

    /// <summary>The ADO.NET connection string (Microsoft.Data.Sqlite or Npgsql).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The scheduler name: nodes with the same name on the same database form one cluster.</summary>
    public string SchedulerName { get; init; } = "copsites-indicators";

    /// <summary>This node's id; null generates one (host name and time) when clustered, as instanceId AUTO does.</summary>
    public string? InstanceId { get; init; }

    /// <summary>How many CoPs this node measures at once.</summary>
    public int MaxConcurrentRuns { get; init; } = 2;

    /// <summary>How late a fire may be before it counts as misfired and its misfire instruction applies.</summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an idle node waits before looking for due triggers again.</summary>
    public TimeSpan IdleWaitTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a clustered node records that it is alive (PostgreSQL only).</summary>
    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long past a missed check-in the other nodes wait before recovering a node's runs (PostgreSQL only).</summary>
    public TimeSpan CheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether nodes share the store as a cluster: always with PostgreSQL, never with SQLite (one node).</summary>
    public bool Clustered => Store == JobStoreKind.Postgres;

    /// <summary>The SQLite store for the file <paramref name="path"/> (its folder is created when missing).</summary>
    public static WorkerSettings Sqlite(string path) => new()
    {
        Store = JobStoreKind.Sqlite,
        ConnectionString = $"Data Source={Path.GetFullPath(path)};Pooling=True;Default Timeout=30",
    };

    /// <summary>The clustered PostgreSQL store at <paramref name="connectionString"/>.</summary>
    public static WorkerSettings Postgres(string connectionString) => new() { Store = JobStoreKind.Postgres, ConnectionString = connectionString };
}
