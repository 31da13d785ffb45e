using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Storage;

/// <summary>One persisted resource: its kind, the scope it lives in (for example a site id or "siteId/listId"), its id and its JSON document.</summary>
/// <param name="Kind">The resource kind, one of <see cref="EntityKinds"/>.</param>
/// <param name="Scope">The parent key; empty for tenant-level resources.</param>
/// <param name="Id">The id, unique within kind and scope.</param>
/// <param name="Version">Starts at 1 and grows by one on each write; ETags are built from it.</param>
/// <param name="Document">The resource as the tenant keeps it (without computed properties such as webUrl).</param>
/// <param name="Created">When it was created.</param>
/// <param name="Modified">When it was last written.</param>
/// <param name="Sequence">Insertion order, used as the default sort.</param>
public sealed record StoredEntity(
    string Kind,
    string Scope,
    string Id,
    long Version,
    JsonObject Document,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    long Sequence)
{
    /// <summary>A deep copy of the document, safe to modify.</summary>
    public JsonObject CloneDocument() => (JsonObject)Document.DeepClone();
}
