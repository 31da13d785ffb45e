using Microsoft.Data.Sqlite;

namespace CopSites.LocalTenant.Storage;

/// <summary>
/// The SQLite file behind a local tenant. WAL journaling lets readers run beside one writer; writes are
/// serialised in-process and use BEGIN IMMEDIATE plus a busy timeout so other processes sharing the file wait instead of failing.
/// </summary>
public sealed class TenantDatabase : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS entities(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            scope TEXT NOT NULL,
            id TEXT NOT NULL COLLATE NOCASE,
            version INTEGER NOT NULL,
            json TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            UNIQUE(kind, scope, id));
        CREATE INDEX IF NOT EXISTS entities_scope ON entities(scope);
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS activities(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            target TEXT NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS activities_target ON activities(target, at);
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private TenantDatabase(string connectionString, TimeProvider clock)
    {
        _connectionString = connectionString;
        _clock = clock;
    }

    /// <summary>The database file path.</summary>
    public required string Path { get; init; }

    /// <summary>Opens (creating when needed) the database at <paramref name="path"/>.</summary>
    public static async Task<TenantDatabase> OpenAsync(string path, TimeProvider clock, CancellationToken ct)
    {
        var full = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
        }.ToString();
        var database = new TenantDatabase(connectionString, clock) { Path = full };
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;" + Schema;
        await cmd.ExecuteNonQueryAsync(ct);
        return database;
    }

    /// <summary>Runs a read-only unit of work.</summary>
    public async Task<T> ReadAsync<T>(Func<TenantSession, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await work(new TenantSession(connection, null, _clock));
    }

    /// <summary>Runs a unit of work in one transaction: all its writes land, or none.</summary>
    public async Task<T> WriteAsync<T>(Func<TenantSession, Task<T>> work, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await using (var begin = connection.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync(ct);
            }

            // Microsoft.Data.Sqlite cannot adopt a transaction begun with raw SQL, so commit and rollback are raw too.
            try
            {
                var result = await work(new TenantSession(connection, null, _clock));
                await ExecuteAsync(connection, "COMMIT", CancellationToken.None);
                return result;
            }
            catch
            {
                await ExecuteAsync(connection, "ROLLBACK", CancellationToken.None);
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs a unit of work that writes but returns nothing.</summary>
    public Task WriteAsync(Func<TenantSession, Task> work, CancellationToken ct) =>
        WriteAsync(async s => { await work(s); return true; }, ct);

    /// <summary>Runs SQLite's own integrity check; "ok" when the file is consistent.</summary>
    public async Task<string> CheckIntegrityAsync(CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", ct);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
