using System.Data.Common;
using System.Globalization;

namespace CopSites.Indicators.Scheduling;

/// <summary>
/// The worker's run log: per CoP the last run (fire time, start, end, outcome, failure, which node) and counts, in a
/// table of the job store's own database, so every node of a cluster writes to and reads the same log and it survives
/// restarts. Times are stored as Unix milliseconds, which SQLite and PostgreSQL both keep exactly.
/// </summary>
public sealed class RunLog
{
    /// <summary>The table, beside Quartz's QRTZ_ tables.</summary>
    public const string TableName = "copsites_indicator_runs";

    private const string CreateSql = $"""
        CREATE TABLE IF NOT EXISTS {TableName} (
          alias VARCHAR(64) NOT NULL PRIMARY KEY,
          scheduled_fire_utc BIGINT NOT NULL,
          started_utc BIGINT NOT NULL,
          finished_utc BIGINT NOT NULL,
          outcome VARCHAR(16) NOT NULL,
          failure TEXT NULL,
          instance_id VARCHAR(200) NOT NULL,
          runs BIGINT NOT NULL,
          failures BIGINT NOT NULL)
        """;

    // INSERT … ON CONFLICT … DO UPDATE is the same in SQLite (3.24+) and PostgreSQL (9.5+), and atomic in both, so two
    // nodes finishing at once each add their run to the counts.
    private const string UpsertSql = $"""
        INSERT INTO {TableName} (alias, scheduled_fire_utc, started_utc, finished_utc, outcome, failure, instance_id, runs, failures)
        VALUES (@alias, @scheduled, @started, @finished, @outcome, @failure, @instance, 1, @failed)
        ON CONFLICT (alias) DO UPDATE SET
          scheduled_fire_utc = excluded.scheduled_fire_utc, started_utc = excluded.started_utc,
          finished_utc = excluded.finished_utc, outcome = excluded.outcome, failure = excluded.failure,
          instance_id = excluded.instance_id, runs = {TableName}.runs + 1, failures = {TableName}.failures + excluded.failures
        """;

    private readonly DbProviderFactory _provider;
    private readonly string _connectionString;

    /// <summary>A run log in the database <paramref name="connectionString"/> names.</summary>
    public RunLog(DbProviderFactory provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
    }

    /// <summary>Creates the table when it is missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = CreateSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds one finished run.</summary>
    /// <returns>The CoP's line after it.</returns>
    public async Task<RunRecord> RecordAsync(
        string alias, DateTimeOffset scheduledFireUtc, DateTimeOffset startedUtc, DateTimeOffset finishedUtc, RunOutcome outcome,
        string? failure, string instanceId, CancellationToken cancellationToken)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = UpsertSql;
            Add(command, "alias", alias);
            Add(command, "scheduled", scheduledFireUtc.ToUnixTimeMilliseconds());
            Add(command, "started", startedUtc.ToUnixTimeMilliseconds());
            Add(command, "finished", finishedUtc.ToUnixTimeMilliseconds());
            Add(command, "outcome", outcome.ToString());
            Add(command, "failure", (object?)failure ?? DBNull.Value);
            Add(command, "instance", instanceId);
            Add(command, "failed", outcome == RunOutcome.Failed ? 1L : 0L);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return (await ReadAsync(cancellationToken)).Single(r => r.Alias == alias);
    }

    /// <summary>Every CoP's line, by alias.</summary>
    public async Task<IReadOnlyList<RunRecord>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT alias, scheduled_fire_utc, started_utc, finished_utc, outcome, failure, instance_id, runs, failures FROM {TableName} ORDER BY alias";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<RunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new RunRecord(
                reader.GetString(0),
                Instant(reader.GetValue(1)),
                Instant(reader.GetValue(2)),
                Instant(reader.GetValue(3)),
                Enum.Parse<RunOutcome>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                Convert.ToInt64(reader.GetValue(7), CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(8), CultureInfo.InvariantCulture)));
        }

        return records;
    }

    private static DateTimeOffset Instant(object value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(value, CultureInfo.InvariantCulture));

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _provider.CreateConnection() ?? throw new InvalidOperationException("The database provider made no connection.");
        connection.ConnectionString = _connectionString;
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
