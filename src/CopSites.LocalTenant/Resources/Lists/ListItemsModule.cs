using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Analytics;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>/sites/{id}/lists/{list}/items and items/{id}/fields.</summary>
internal sealed class ListItemsModule : IGraphRouteModule
{
    private const string Items = "sites/{site-id}/lists/{list-id}/items";

    public void Map(RouteTable routes)
    {
        routes.MapGet(Items, ListAsync);
        routes.MapPost(Items, CreateAsync);
        routes.MapGet(Items + "/{listItem-id}", GetAsync);
        routes.MapPatch(Items + "/{listItem-id}", UpdateAsync);
        routes.MapDelete(Items + "/{listItem-id}", DeleteAsync);
        routes.MapGet(Items + "/{listItem-id}/fields", GetFieldsAsync);
        routes.MapPatch(Items + "/{listItem-id}/fields", UpdateFieldsAsync);
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var rendered = await call.Tenant.Database.ReadAsync(async s =>
        {
            var list = await ListResolver.ResolveAsync(s, call, ct);
            ItemQuery.CheckIndexed(call, await ColumnStore.ListAsync(s, list.Columns, ct));
            var items = await s.ListAsync(EntityKinds.ListItem, list.ChildScope, ct);
            return items.Select(i => ListItemJson.ToGraph(i, list, call.Tenant)).ToList();
        }, ct);
        var fieldsById = rendered.ToDictionary(i => i["id"]!.GetValue<string>(), i => i["fields"] as JsonObject);
        var page = CollectionResponder.Page(call, rendered, $"sites('{call.Route("site-id")}')/lists('{call.Route("list-id")}')/items");
        foreach (var item in (page["value"] as JsonArray ?? []).OfType<JsonObject>())
        {
            ItemQuery.ShapeFields(item, fieldsById.GetValueOrDefault(item["id"]!.GetValue<string>()), call.OData);
        }

        return GraphResult.Ok(page);
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var (item, list) = await BodyShape.GuardAsync(() => call.Tenant.Database.WriteAsync(s => ListItemWriter.CreateAsync(s, call, body, ct), ct));
        var json = WithContext(call, ListItemJson.ToGraph(item, list, call.Tenant), "items/$entity");
        return GraphResult.Created(json).WithHeader("ETag", json["eTag"]!.GetValue<string>());
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var (item, list) = await ReadWithAccessAsync(call, ct);
        var json = ListItemJson.ToGraph(item, list, call.Tenant);
        var fields = json["fields"] as JsonObject;
        json = ItemQuery.ShapeFields(CollectionResponder.Select(json, call.OData.Select), fields, call.OData);
        return GraphResult.Ok(WithContext(call, json, "items/$entity")).WithHeader("ETag", ItemETags.Format(list.ListId, item.Id, item.Version));
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var (item, list) = await BodyShape.GuardAsync(() => call.Tenant.Database.WriteAsync(
            s => ListItemWriter.UpdateAsync(s, call, body["fields"] as JsonObject ?? [], body["contentType"] as JsonObject, ct), ct));
        var json = WithContext(call, ListItemJson.ToGraph(item, list, call.Tenant), "items/$entity");
        return GraphResult.Ok(json).WithHeader("ETag", json["eTag"]!.GetValue<string>());
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (item, list) = await ListItemWriter.GetAsync(s, call, ct);
            if (ItemETags.ExpectedVersion(call, list.ListId, item.Id) is { } expected && expected != item.Version)
            {
                throw GraphProblem.PreconditionFailed("The item has changed since the ETag in If-Match was issued.");
            }

            await s.DeleteAsync(EntityKinds.ListItem, list.ChildScope, item.Id, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task<GraphResult> GetFieldsAsync(GraphCall call, CancellationToken ct)
    {
        var (item, list) = await ReadWithAccessAsync(call, ct);
        var fields = CollectionResponder.Select(ListItemJson.Fields(item, list, call.Tenant), call.OData.Select);
        return GraphResult.Ok(WithContext(call, fields, $"items('{item.Id}')/fields/$entity")).WithHeader("ETag", ItemETags.Format(list.ListId, item.Id, item.Version));
    }

    private static async Task<GraphResult> UpdateFieldsAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var (item, list) = await BodyShape.GuardAsync(() => call.Tenant.Database.WriteAsync(s => ListItemWriter.UpdateAsync(s, call, body, null, ct), ct));
        var fields = WithContext(call, ListItemJson.Fields(item, list, call.Tenant), $"items('{item.Id}')/fields/$entity");
        return GraphResult.Ok(fields).WithHeader("ETag", ItemETags.Format(list.ListId, item.Id, item.Version));
    }

    private static Task<(StoredEntity Item, ResolvedList List)> ReadWithAccessAsync(GraphCall call, CancellationToken ct) =>
        call.Tenant.Database.ReadAsync(async s =>
        {
            var (item, list) = await ListItemWriter.GetAsync(s, call, ct);
            await ActivityLog.RecordAsync(s, call, ActivityLog.ItemTarget(list.SiteId, list.ListId, item.Id), ActivityLog.Access, ct);
            return (item, list);
        }, ct);

    private static JsonObject WithContext(GraphCall call, JsonObject json, string suffix)
    {
        var result = new JsonObject { ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#sites('{call.Route("site-id")}')/lists('{call.Route("list-id")}')/{suffix}" };
        foreach (var (key, value) in json)
        {
            result[key] = value?.DeepClone();
        }

        return result;
    }
}
