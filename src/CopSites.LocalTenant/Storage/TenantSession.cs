using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace CopSites.LocalTenant.Storage;

/// <summary>
/// The reads and writes available inside one database unit of work. A write session runs in one
/// SQLite transaction, so a request that touches several resources is all-or-nothing even under kill -9.
/// </summary>
public sealed class TenantSession
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly TimeProvider _clock;

    internal TenantSession(SqliteConnection connection, SqliteTransaction? transaction, TimeProvider clock)
    {
        _connection = connection;
        _transaction = transaction;
        _clock = clock;
    }

    /// <summary>Gets one entity or null.</summary>
    public async Task<StoredEntity?> GetAsync(string kind, string scope, string id, CancellationToken ct)
    {
        await using var cmd = Command("SELECT kind, scope, id, version, json, created, modified, seq FROM entities WHERE kind=$k AND scope=$s AND id=$i COLLATE NOCASE");
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$s", scope);
        cmd.Parameters.AddWithValue("$i", id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    /// <summary>Lists the entities of a kind in one scope, in insertion order.</summary>
    public Task<IReadOnlyList<StoredEntity>> ListAsync(string kind, string scope, CancellationToken ct) =>
        QueryAsync("SELECT kind, scope, id, version, json, created, modified, seq FROM entities WHERE kind=$k AND scope=$s ORDER BY seq",
            ct, ("$k", kind), ("$s", scope));

    /// <summary>Lists every entity of a kind whatever its scope, in insertion order.</summary>
    public Task<IReadOnlyList<StoredEntity>> ListAllAsync(string kind, CancellationToken ct) =>
        QueryAsync("SELECT kind, scope, id, version, json, created, modified, seq FROM entities WHERE kind=$k ORDER BY seq",
            ct, ("$k", kind));

    /// <summary>Finds the entities of a kind whose document has <paramref name="property"/> equal (case-insensitively) to <paramref name="value"/>.</summary>
    public Task<IReadOnlyList<StoredEntity>> FindByPropertyAsync(string kind, string scope, string property, string value, CancellationToken ct) =>
        QueryAsync("SELECT kind, scope, id, version, json, created, modified, seq FROM entities WHERE kind=$k AND scope=$s AND json_extract(json, $p) = $v COLLATE NOCASE ORDER BY seq",
            ct, ("$k", kind), ("$s", scope), ("$p", "$." + property), ("$v", value));

    /// <summary>Inserts a new entity; throws <see cref="EntityConflictException"/> when kind, scope and id are taken.</summary>
    public async Task<StoredEntity> InsertAsync(string kind, string scope, string id, JsonObject document, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        await using var cmd = Command("INSERT INTO entities(kind, scope, id, version, json, created, modified) VALUES($k,$s,$i,1,$j,$c,$c) RETURNING seq");
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$s", scope);
        cmd.Parameters.AddWithValue("$i", id);
        cmd.Parameters.AddWithValue("$j", document.ToJsonString());
        cmd.Parameters.AddWithValue("$c", now.ToString("O", CultureInfo.InvariantCulture));
        try
        {
            var seq = (long)(await cmd.ExecuteScalarAsync(ct))!;
            return new StoredEntity(kind, scope, id, 1, (JsonObject)document.DeepClone(), now, now, seq);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new EntityConflictException(kind, scope, id);
        }
    }

    /// <summary>
    /// Replaces the document of an existing entity and bumps its version. When <paramref name="expectedVersion"/> is given
    /// and differs from the stored one, throws <see cref="EntityVersionMismatchException"/> (the HTTP layer turns it into 412).
    /// </summary>
    public async Task<StoredEntity> ReplaceAsync(string kind, string scope, string id, JsonObject document, long? expectedVersion, CancellationToken ct)
    {
        var current = await GetAsync(kind, scope, id, ct) ?? throw new EntityNotFoundException(kind, scope, id);
        if (expectedVersion is { } expected && expected != current.Version)
        {
            throw new EntityVersionMismatchException(kind, scope, id, expected, current.Version);
        }

        var now = _clock.GetUtcNow();
        await using var cmd = Command("UPDATE entities SET json=$j, version=version+1, modified=$m WHERE kind=$k AND scope=$s AND id=$i COLLATE NOCASE");
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$s", scope);
        cmd.Parameters.AddWithValue("$i", current.Id);
        cmd.Parameters.AddWithValue("$j", document.ToJsonString());
        cmd.Parameters.AddWithValue("$m", now.ToString("O", CultureInfo.InvariantCulture));
        await cmd.ExecuteNonQueryAsync(ct);
        return current with { Version = current.Version + 1, Document = (JsonObject)document.DeepClone(), Modified = now };
    }

    /// <summary>Inserts the entity, or replaces its document when it exists (no version check).</summary>
    public async Task<StoredEntity> UpsertAsync(string kind, string scope, string id, JsonObject document, CancellationToken ct) =>
        await GetAsync(kind, scope, id, ct) is null
            ? await InsertAsync(kind, scope, id, document, ct)
            : await ReplaceAsync(kind, scope, id, document, null, ct);

    /// <summary>Deletes one entity and everything scoped under it ("scope/id/..."); returns false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(string kind, string scope, string id, CancellationToken ct)
    {
        await using var cmd = Command("DELETE FROM entities WHERE kind=$k AND scope=$s AND id=$i COLLATE NOCASE");
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$s", scope);
        cmd.Parameters.AddWithValue("$i", id);
        var deleted = await cmd.ExecuteNonQueryAsync(ct) > 0;
        if (deleted)
        {
            await DeleteScopeAsync(ChildScope(scope, id), ct);
        }

        return deleted;
    }

    /// <summary>Deletes every entity whose scope is <paramref name="scope"/> or lies under it.</summary>
    public async Task DeleteScopeAsync(string scope, CancellationToken ct)
    {
        await using var cmd = Command("DELETE FROM entities WHERE scope=$s OR substr(scope, 1, length($s) + 1) = $s || '/'");
        cmd.Parameters.AddWithValue("$s", scope);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The scope under which the children of an entity live.</summary>
    public static string ChildScope(string scope, string id) => scope.Length == 0 ? id : scope + "/" + id;

    /// <summary>Reads a tenant-wide setting.</summary>
    public async Task<string?> GetMetaAsync(string key, CancellationToken ct)
    {
        await using var cmd = Command("SELECT value FROM meta WHERE key=$k");
        cmd.Parameters.AddWithValue("$k", key);
        return (string?)await cmd.ExecuteScalarAsync(ct);
    }

    /// <summary>Writes a tenant-wide setting.</summary>
    public async Task SetMetaAsync(string key, string value, CancellationToken ct)
    {
        await using var cmd = Command("INSERT INTO meta(key, value) VALUES($k,$v) ON CONFLICT(key) DO UPDATE SET value=$v");
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Appends an activity (access, create, edit) on a target for analytics.</summary>
    public async Task RecordActivityAsync(ActivityRecord activity, CancellationToken ct)
    {
        await using var cmd = Command("INSERT INTO activities(target, action, actor, at) VALUES($t,$a,$u,$at)");
        cmd.Parameters.AddWithValue("$t", activity.Target);
        cmd.Parameters.AddWithValue("$a", activity.Action);
        cmd.Parameters.AddWithValue("$u", activity.Actor);
        cmd.Parameters.AddWithValue("$at", activity.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Lists activities whose target starts with <paramref name="targetPrefix"/> in [from, to).</summary>
    public async Task<IReadOnlyList<ActivityRecord>> ListActivitiesAsync(string targetPrefix, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var cmd = Command("SELECT target, action, actor, at FROM activities WHERE substr(target, 1, length($p)) = $p AND at >= $f AND at < $t ORDER BY at");
        cmd.Parameters.AddWithValue("$p", targetPrefix);
        cmd.Parameters.AddWithValue("$f", from.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$t", to.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        var result = new List<ActivityRecord>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new ActivityRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return result;
    }

    private async Task<IReadOnlyList<StoredEntity>> QueryAsync(string sql, CancellationToken ct, params (string Name, string Value)[] parameters)
    {
        await using var cmd = Command(sql);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        var result = new List<StoredEntity>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    private SqliteCommand Command(string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _transaction;
        return cmd;
    }

    private static StoredEntity Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3),
        (JsonObject)JsonNode.Parse(r.GetString(4))!,
        DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture),
        r.GetInt64(7));
}
