using System.Text.Json.Nodes;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Views;

/// <summary>Reads and writes list views; one default view per list, as SharePoint keeps.</summary>
internal static class ViewStore
{
    public static async Task<IReadOnlyList<StoredEntity>> EnsureAsync(TenantSession session, string siteId, StoredEntity list, CancellationToken ct)
    {
        var scope = TenantSession.ChildScope(siteId, list.Id);
        var views = await session.ListAsync(EntityKinds.ListView, scope, ct);
        if (views.Count > 0)
        {
            return views;
        }

        var library = SiteFactory.IsLibrary(list.Document["list"]?["template"]?.GetValue<string>() ?? "");
        var doc = ViewDocument.Create(Guid.NewGuid().ToString(), library ? "All Documents" : "All Items", "", 30, true,
            library ? ["DocIcon", "LinkFilename", "Modified", "Editor"] : ["LinkTitle"], list.Document["serverRelativePath"]?.GetValue<string>() ?? "");
        return [await session.InsertAsync(EntityKinds.ListView, scope, doc["id"]!.GetValue<string>(), doc, ct)];
    }

    public static async Task<StoredEntity> FindAsync(TenantSession session, RestRequest request, StoredEntity list, CancellationToken ct)
    {
        var views = await EnsureAsync(session, request.Site.Id, list, ct);
        var match = request.RouteValues.TryGetValue("viewId", out var id)
            ? views.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.OrdinalIgnoreCase))
            : views.FirstOrDefault(v => string.Equals(v.Document["title"]?.GetValue<string>(), request.Route("viewTitle").Replace("''", "'", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return match ?? throw new RestProblem(404, "-2147024809, System.ArgumentException", "The specified view is invalid.");
    }

    public static async Task<StoredEntity> InsertAsync(TenantSession session, string siteId, StoredEntity list, JsonObject doc, CancellationToken ct)
    {
        if (doc["defaultView"]?.GetValue<bool>() == true)
        {
            await ClearDefaultAsync(session, siteId, list, ct);
        }

        return await session.InsertAsync(EntityKinds.ListView, TenantSession.ChildScope(siteId, list.Id), doc["id"]!.GetValue<string>(), doc, ct);
    }

    public static async Task ReplaceAsync(TenantSession session, string siteId, StoredEntity list, StoredEntity view, JsonObject doc, CancellationToken ct)
    {
        if (doc["defaultView"]?.GetValue<bool>() == true && view.Document["defaultView"]?.GetValue<bool>() != true)
        {
            await ClearDefaultAsync(session, siteId, list, ct);
        }

        await session.ReplaceAsync(EntityKinds.ListView, view.Scope, view.Id, doc, null, ct);
    }

    /// <summary>ViewFields as SharePoint accepts them: a plain array or verbose {"results":[…]}.</summary>
    public static IEnumerable<string> Fields(JsonNode? node) => (node is JsonObject { } o ? o["results"] : node) is JsonArray array
        ? array.Select(f => f!.GetValue<string>())
        : [];

    private static async Task ClearDefaultAsync(TenantSession session, string siteId, StoredEntity list, CancellationToken ct)
    {
        foreach (var other in await session.ListAsync(EntityKinds.ListView, TenantSession.ChildScope(siteId, list.Id), ct))
        {
            if (other.Document["defaultView"]?.GetValue<bool>() == true)
            {
                var cleared = other.CloneDocument();
                cleared["defaultView"] = false;
                await session.ReplaceAsync(EntityKinds.ListView, other.Scope, other.Id, cleared, null, ct);
            }
        }
    }
}
