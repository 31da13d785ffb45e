using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>The two faces of a document: a file's list item, and a list item's file.</summary>
internal sealed class FileListItemModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapGet("drives/{drive-id}/items/{driveItem-id}/listItem", ListItemAsync);
        routes.MapGet("sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem", DriveItemAsync);
        routes.MapGet("sites/{site-id}/lists/{list-id}/items/{listItem-id}/driveItem/content", ContentAsync);
    }

    /// <summary>Renders a file's list item as the call asks ($expand=fields, $select).</summary>
    public static async Task<JsonObject> RenderListItemAsync(DriveContext drive, DriveNode node, GraphCall call, string context, CancellationToken ct)
    {
        var select = call.OData.Select;
        var json = await DriveItemView.ListItemAsync(drive.Session, drive.Tree, node, drive.Files, call.OData.ExpandOf("fields"),
            select.Contains("sharepointIds", StringComparer.OrdinalIgnoreCase), ct);
        var fields = json["fields"];
        json.Remove("fields");
        json = CollectionResponder.Select(json, select);
        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#{context}");
        if (fields is not null)
        {
            json["fields"] = fields;
        }

        return json;
    }

    private static async Task<GraphResult> ListItemAsync(GraphCall call, CancellationToken ct) =>
        GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, DriveUnitOfWork.ByDriveId(call, ct), d =>
            RenderListItemAsync(d, DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree), call,
                $"drives('{d.Library.DriveId}')/items('{call.Route("driveItem-id")}')/listItem/$entity", ct), ct));

    private static async Task<GraphResult> DriveItemAsync(GraphCall call, CancellationToken ct) =>
        GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, LibraryOfList(call, ct), async d =>
            await DriveItemView.RenderAsync(d.Session, d.Tree, await FileOfListItemAsync(d, call, ct), call, d.Files,
                $"sites('{d.Library.Site.Id}')/lists('{d.Library.List.Id}')/items('{call.Route("listItem-id")}')/driveItem/$entity", ct), ct));

    private static async Task<GraphResult> ContentAsync(GraphCall call, CancellationToken ct) =>
        await DriveUnitOfWork.WriteAsync(call, LibraryOfList(call, ct),
            async d => await DriveContentModule.RedirectAsync(d, await FileOfListItemAsync(d, call, ct), call, ct), ct);

    private static Func<TenantSession, Task<Library>> LibraryOfList(GraphCall call, CancellationToken ct) =>
        s => Library.OfListAsync(s, call.Route("site-id"), call.Route("list-id"), ct);

    private static async Task<DriveNode> FileOfListItemAsync(DriveContext drive, GraphCall call, CancellationToken ct)
    {
        var listItem = await drive.Session.GetAsync(EntityKinds.ListItem, drive.Library.Scope, call.Route("listItem-id"), ct)
            ?? throw GraphProblem.NotFound($"Item '{call.Route("listItem-id")}' does not exist.");
        var driveItemId = listItem.Document["driveItemId"]?.GetValue<string>();
        return driveItemId is not null && drive.Tree.Find(driveItemId) is { } item
            ? new DriveNode(item.Id, item)
            : throw GraphProblem.NotFound("The list item has no file.");
    }
}
