using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Analytics;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.ContentTypes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>
/// Creates and updates list items inside one unit of work. Stored document (kind listItem, scope siteId/listId,
/// id "1","2"... from the list's nextItemId): {id, contentType:{id,name}, fields:{...}, createdBy, lastModifiedBy}.
/// </summary>
public static class ListItemWriter
{
    /// <summary>Creates an item from a POST body {fields, contentType?}.</summary>
    public static async Task<(StoredEntity Item, ResolvedList List)> CreateAsync(TenantSession session, GraphCall call, JsonObject body, CancellationToken ct)
    {
        var list = await ListResolver.ResolveAsync(session, call, ct);
        var columns = await ColumnStore.ListAsync(session, list.Columns, ct);
        var fields = new JsonObject();
        await new FieldWriter(session, call, list, columns).ApplyAsync(fields, body["fields"] as JsonObject ?? [], isCreate: true, ct);

        var listDoc = list.List.CloneDocument();
        var id = (listDoc["nextItemId"]?.GetValue<int>() ?? 1).ToString(CultureInfo.InvariantCulture);
        listDoc["nextItemId"] = int.Parse(id, CultureInfo.InvariantCulture) + 1;
        await session.ReplaceAsync(EntityKinds.List, list.SiteId, list.ListId, listDoc, null, ct);

        var identity = CallerIdentity.Of(call);
        var doc = new JsonObject
        {
            ["id"] = id,
            ["contentType"] = await ContentTypeAsync(session, list, body["contentType"] as JsonObject, ct),
            ["fields"] = fields,
            ["createdBy"] = identity,
            ["lastModifiedBy"] = identity.DeepClone(),
        };
        var item = await session.InsertAsync(EntityKinds.ListItem, list.ChildScope, id, doc, ct);
        await ActivityLog.RecordAsync(session, call, ActivityLog.ItemTarget(list.SiteId, list.ListId, id), ActivityLog.Create, ct);
        return (item, list);
    }

    /// <summary>Updates the fields (and, on the item route, the content type) of an item, honouring If-Match.</summary>
    public static async Task<(StoredEntity Item, ResolvedList List)> UpdateAsync(TenantSession session, GraphCall call,
        JsonObject written, JsonObject? contentType, CancellationToken ct)
    {
        var (current, list) = await GetAsync(session, call, ct);
        var expected = ItemETags.ExpectedVersion(call, list.ListId, current.Id);
        var columns = await ColumnStore.ListAsync(session, list.Columns, ct);
        var doc = current.CloneDocument();
        var fields = doc["fields"] as JsonObject ?? [];
        await new FieldWriter(session, call, list, columns).ApplyAsync(fields, written, isCreate: false, ct);
        doc["fields"] = fields;
        if (contentType is not null)
        {
            doc["contentType"] = await ContentTypeAsync(session, list, contentType, ct);
        }

        doc["lastModifiedBy"] = CallerIdentity.Of(call);
        var item = await session.ReplaceAsync(EntityKinds.ListItem, list.ChildScope, current.Id, doc, expected, ct);
        await ActivityLog.RecordAsync(session, call, ActivityLog.ItemTarget(list.SiteId, list.ListId, current.Id), ActivityLog.Edit, ct);
        return (item, list);
    }

    /// <summary>The item the route names, with its list; 404 when either is missing.</summary>
    public static async Task<(StoredEntity Item, ResolvedList List)> GetAsync(TenantSession session, GraphCall call, CancellationToken ct)
    {
        var list = await ListResolver.ResolveAsync(session, call, ct);
        var item = await session.GetAsync(EntityKinds.ListItem, list.ChildScope, call.Route("listItem-id"), ct)
            ?? throw GraphProblem.NotFound($"Item '{call.Route("listItem-id")}' was not found in the list.");
        return (item, list);
    }

    private static async Task<JsonObject> ContentTypeAsync(TenantSession session, ResolvedList list, JsonObject? requested, CancellationToken ct)
    {
        var types = await ContentTypeStore.ListAsync(session, ContentTypeScope.ForList(list), ct);
        var key = requested?["id"]?.GetValue<string>() ?? requested?["name"]?.GetValue<string>();
        var chosen = key is null
            ? types.FirstOrDefault(t => t["hidden"]?.GetValue<bool>() != true) ?? types[0]
            : types.FirstOrDefault(t => t["id"]!.GetValue<string>().Equals(key, StringComparison.OrdinalIgnoreCase)
                || t["name"]!.GetValue<string>().Equals(key, StringComparison.OrdinalIgnoreCase))
              ?? throw GraphProblem.BadRequest($"The content type '{key}' is not a content type of the list.");
        return new JsonObject { ["id"] = chosen["id"]!.GetValue<string>(), ["name"] = chosen["name"]!.GetValue<string>() };
    }
}
