using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>drives/{id}/items/{id}: read, rename, move, delete; list children and create folders.</summary>
internal sealed class DriveItemsModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapGet("drives/{drive-id}/items/{driveItem-id}", GetAsync);
        routes.MapPatch("drives/{drive-id}/items/{driveItem-id}", UpdateAsync);
        routes.MapDelete("drives/{drive-id}/items/{driveItem-id}", DeleteAsync);
        routes.MapGet("drives/{drive-id}/items/{driveItem-id}/children", ChildrenAsync);
        routes.MapPost("drives/{drive-id}/items/{driveItem-id}/children", CreateFolderAsync);
        routes.MapGet("drives/{drive-id}/items/{driveItem-id}/children/{driveItem-id1}", ChildAsync);
    }

    /// <summary>One page of a folder's children.</summary>
    public static JsonObject ChildrenPage(GraphCall call, DriveContext drive, DriveNode folder)
    {
        if (folder.IsFile)
        {
            throw GraphProblem.BadRequest("A file has no children.");
        }

        var children = drive.Tree.Children(folder.Id).Select(c => drive.Files.Render(new DriveNode(c.Id, c)));
        return CollectionResponder.Page(call, children, $"drives('{drive.Library.DriveId}')/items('{folder.Id}')/children");
    }

    private static string Context(DriveContext drive) => $"drives('{drive.Library.DriveId}')/items/$entity";

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct) =>
        GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, DriveUnitOfWork.ByDriveId(call, ct), d =>
            DriveItemView.RenderAsync(d.Session, d.Tree, DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree), call, d.Files, Context(d), ct), ct));

    private static async Task<GraphResult> ChildAsync(GraphCall call, CancellationToken ct) =>
        GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, DriveUnitOfWork.ByDriveId(call, ct), d =>
        {
            var parent = DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree);
            var child = DriveItemAddress.Parse(call.Route("driveItem-id1")).Resolve(d.Tree);
            if (child.IsRoot || !DriveTree.ParentId(child.Entity!).Equals(parent.Id, StringComparison.OrdinalIgnoreCase))
            {
                throw GraphProblem.NotFound("The item is not a child of the given folder.");
            }

            return DriveItemView.RenderAsync(d.Session, d.Tree, child, call, d.Files, Context(d), ct);
        }, ct));

    private static async Task<GraphResult> ChildrenAsync(GraphCall call, CancellationToken ct) =>
        GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, DriveUnitOfWork.ByDriveId(call, ct), d =>
            Task.FromResult(ChildrenPage(call, d, DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree))), ct));

    private static async Task<GraphResult> CreateFolderAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        if (body["folder"] is not JsonObject)
        {
            throw GraphProblem.BadRequest(body["file"] is not null
                ? "Files cannot be created by POST to children; upload their content with PUT .../content."
                : "The new item must carry a folder facet: \"folder\": {}.");
        }

        var behavior = DriveItemNames.Behavior(call, body, ConflictBehavior.Fail);
        var (json, created) = await DriveUnitOfWork.WriteAsync(call, DriveUnitOfWork.ByDriveId(call, ct), async d =>
        {
            var parent = DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree);
            var (node, isNew) = await new DriveWriter(d.Session, d.Tree, call).CreateFolderAsync(parent, body["name"]?.ToString() ?? "", behavior, ct);
            return (await DriveItemView.RenderAsync(d.Session, d.Tree, node, call, d.Files, Context(d), ct), isNew);
        }, ct);
        return created ? GraphResult.Created(json) : GraphResult.Ok(json);
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var behavior = DriveItemNames.Behavior(call, body, ConflictBehavior.Fail);
        return GraphResult.Ok(await DriveUnitOfWork.WriteAsync(call, DriveUnitOfWork.ByDriveId(call, ct), async d =>
        {
            var item = DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree);
            if (item.IsRoot)
            {
                throw GraphProblem.AccessDenied("The root folder of a library cannot be renamed or moved.");
            }

            DriveUnitOfWork.CheckIfMatch(call, d, item);
            var newParent = body["parentReference"] is JsonObject reference ? Destination(reference, d) : null;
            var newName = body["name"]?.ToString();
            var node = newName is null && newParent is null
                ? item
                : await new DriveWriter(d.Session, d.Tree, call).RenameOrMoveAsync(item, newName, newParent, behavior, ct);
            return await DriveItemView.RenderAsync(d.Session, d.Tree, node, call, d.Files, Context(d), ct);
        }, ct));
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await DriveUnitOfWork.WriteAsync(call, DriveUnitOfWork.ByDriveId(call, ct), async d =>
        {
            var item = DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree);
            DriveUnitOfWork.CheckIfMatch(call, d, item);
            await new DriveWriter(d.Session, d.Tree, call).DeleteAsync(item, ct);
            return true;
        }, ct);
        return GraphResult.NoContent();
    }

    // A move names the new parent by id or by path ("/drives/{id}/root:/Folder"); moves across drives need copy, not PATCH.
    private static DriveNode Destination(JsonObject reference, DriveContext drive)
    {
        if (reference["driveId"]?.ToString() is { } driveId && !driveId.Equals(drive.Library.DriveId, StringComparison.Ordinal))
        {
            throw GraphProblem.BadRequest("Items cannot be moved to another drive with PATCH; use copy.");
        }

        if (reference["id"]?.ToString() is { Length: > 0 } id)
        {
            return DriveItemAddress.Parse(id).Resolve(drive.Tree);
        }

        var path = reference["path"]?.ToString() ?? throw GraphProblem.BadRequest("parentReference needs an id or a path.");
        var colon = path.IndexOf("root:", StringComparison.OrdinalIgnoreCase);
        return colon < 0
            ? throw GraphProblem.BadRequest($"The parent path '{path}' is not of the form /drives/{{drive-id}}/root:/folder.")
            : new DriveItemAddress("root", path[(colon + 5)..].Split('/', StringSplitOptions.RemoveEmptyEntries)).Resolve(drive.Tree);
    }
}
