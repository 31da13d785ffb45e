using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>
/// Reads and writes content types. Stored document (kind contentType, scope siteId or siteId/listId):
/// {id, name, description, group, hidden, parentId, readOnly, sealed, isBuiltIn, columnLinks:[{id,name}], isPublished}.
/// Built-in ones are virtual until changed, as with columns.
/// </summary>
public static class ContentTypeStore
{
    /// <summary>Every content type of the scope, built-ins first.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ListAsync(TenantSession session, ContentTypeScope scope, CancellationToken ct)
    {
        var columns = await ColumnStore.ListAsync(session, scope.Columns, ct);
        var stored = await session.ListAsync(EntityKinds.ContentType, scope.Scope, ct);
        var byId = stored.ToDictionary(e => e.Id, e => e.CloneDocument(), StringComparer.OrdinalIgnoreCase);
        var builtIns = scope.BuiltIns(columns);
        var builtInIds = builtIns.Select(c => c["id"]!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return builtIns.Select(c => byId.GetValueOrDefault(c["id"]!.GetValue<string>()) ?? c)
            .Concat(stored.Where(e => !builtInIds.Contains(e.Id)).Select(e => byId[e.Id]))
            .ToList();
    }

    /// <summary>A content type by id, or null.</summary>
    public static async Task<JsonObject?> FindAsync(TenantSession session, ContentTypeScope scope, string id, CancellationToken ct) =>
        (await ListAsync(session, scope, ct)).FirstOrDefault(c => c["id"]!.GetValue<string>().Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>A content type by id, or 404.</summary>
    public static async Task<JsonObject> GetAsync(TenantSession session, ContentTypeScope scope, string id, CancellationToken ct) =>
        await FindAsync(session, scope, id, ct) ?? throw GraphProblem.NotFound($"Content type '{id}' was not found.");

    /// <summary>Adds a content type; 409 nameAlreadyExists when its id or name is taken in the scope.</summary>
    public static async Task AddAsync(TenantSession session, ContentTypeScope scope, JsonObject contentType, CancellationToken ct)
    {
        var existing = await ListAsync(session, scope, ct);
        var name = contentType["name"]!.GetValue<string>();
        var id = contentType["id"]!.GetValue<string>();
        if (existing.Any(c => c["name"]!.GetValue<string>().Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.NameAlreadyExists($"A duplicate content type name \"{name}\" was found.");
        }

        if (existing.Any(c => c["id"]!.GetValue<string>().Equals(id, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.NameAlreadyExists($"A content type with id '{id}' already exists.");
        }

        await session.InsertAsync(EntityKinds.ContentType, scope.Scope, id, contentType, ct);
    }

    /// <summary>Stores a changed content type (the first change of a built-in stores it).</summary>
    public static async Task SaveAsync(TenantSession session, ContentTypeScope scope, JsonObject contentType, CancellationToken ct)
    {
        await session.UpsertAsync(EntityKinds.ContentType, scope.Scope, contentType["id"]!.GetValue<string>(), contentType, ct);
    }

    /// <summary>Deletes a created content type; SharePoint's own and a list's original ones stay.</summary>
    public static async Task DeleteAsync(TenantSession session, ContentTypeScope scope, string id, CancellationToken ct)
    {
        var contentType = await GetAsync(session, scope, id, ct);
        var columns = await ColumnStore.ListAsync(session, scope.Columns, ct);
        if (scope.BuiltIns(columns).Any(b => b["id"]!.GetValue<string>().Equals(contentType["id"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.BadRequest($"The content type '{contentType["name"]}' is built in and cannot be deleted.");
        }

        await session.DeleteAsync(EntityKinds.ContentType, scope.Scope, contentType["id"]!.GetValue<string>(), ct);
    }
}
