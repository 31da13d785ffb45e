using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>
/// Reads and writes the columns of a site or list. Built-in columns are virtual until changed: a PATCH stores a copy
/// under the same id, which then wins.
/// </summary>
public static class ColumnStore
{
    /// <summary>Every column of the scope: built-ins first, then the created ones in creation order.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ListAsync(TenantSession session, ColumnScope scope, CancellationToken ct)
    {
        var stored = await session.ListAsync(EntityKinds.Column, scope.Scope, ct);
        var byId = stored.ToDictionary(e => e.Id, e => e.CloneDocument(), StringComparer.OrdinalIgnoreCase);
        var builtInIds = scope.BuiltIns.Select(c => c["id"]!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return scope.BuiltIns.Select(c => byId.GetValueOrDefault(c["id"]!.GetValue<string>()) ?? c)
            .Concat(stored.Where(e => !builtInIds.Contains(e.Id)).Select(e => byId[e.Id]))
            .ToList();
    }

    /// <summary>A column by id, or null.</summary>
    public static async Task<JsonObject?> FindAsync(TenantSession session, ColumnScope scope, string id, CancellationToken ct) =>
        (await ListAsync(session, scope, ct)).FirstOrDefault(c => c["id"]!.GetValue<string>().Equals(id.Trim('{', '}'), StringComparison.OrdinalIgnoreCase));

    /// <summary>A column by id, or 404.</summary>
    public static async Task<JsonObject> GetAsync(TenantSession session, ColumnScope scope, string id, CancellationToken ct) =>
        await FindAsync(session, scope, id, ct) ?? throw GraphProblem.NotFound($"Column '{id}' was not found.");

    /// <summary>Adds a new column; 409 nameAlreadyExists when its internal name (or id) is taken in the scope.</summary>
    public static async Task AddAsync(TenantSession session, ColumnScope scope, JsonObject column, CancellationToken ct)
    {
        var name = column["name"]!.GetValue<string>();
        var existing = await ListAsync(session, scope, ct);
        if (existing.Any(c => c["name"]!.GetValue<string>().Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.NameAlreadyExists($"A column named '{name}' already exists here.");
        }

        var id = column["id"]!.GetValue<string>();
        if (existing.Any(c => c["id"]!.GetValue<string>().Equals(id, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.NameAlreadyExists($"A column with id '{id}' already exists here.");
        }

        await session.InsertAsync(EntityKinds.Column, scope.Scope, id, column, ct);
    }

    /// <summary>Stores a changed column (the first change of a built-in stores it).</summary>
    public static async Task SaveAsync(TenantSession session, ColumnScope scope, JsonObject column, CancellationToken ct)
    {
        await session.UpsertAsync(EntityKinds.Column, scope.Scope, column["id"]!.GetValue<string>(), column, ct);
    }

    /// <summary>Deletes a created column; built-in columns cannot be deleted.</summary>
    public static async Task DeleteAsync(TenantSession session, ColumnScope scope, string id, CancellationToken ct)
    {
        var column = await GetAsync(session, scope, id, ct);
        if (BuiltInColumns.IsBuiltIn(column))
        {
            throw GraphProblem.BadRequest($"The column '{column["name"]}' is built in and cannot be deleted.");
        }

        await session.DeleteAsync(EntityKinds.Column, scope.Scope, column["id"]!.GetValue<string>(), ct);
    }
}
