using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>A drive per document library: sites/{id}/drive(s), lists/{id}/drive, drives/{id}, its root and the root's children.</summary>
internal sealed class DrivesModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapGet("sites/{site-id}/drive", (call, ct) => OneAsync(call, s => Library.DefaultOfSiteAsync(s, call.Route("site-id"), ct), ct));
        routes.MapGet("sites/{site-id}/drives", SiteDrivesAsync);
        routes.MapGet("sites/{site-id}/drives/{drive-id}", SiteDriveAsync);
        routes.MapGet("sites/{site-id}/lists/{list-id}/drive",
            (call, ct) => OneAsync(call, s => Library.OfListAsync(s, call.Route("site-id"), call.Route("list-id"), ct), ct));
        routes.MapGet("drives/{drive-id}", (call, ct) => OneAsync(call, DriveUnitOfWork.ByDriveId(call, ct), ct));
        routes.MapGet("drives/{drive-id}/root", RootAsync);

        // Not in the SDK's route table (it has Items["root"].Children), but documented and used by raw clients.
        routes.MapGet("drives/{drive-id}/root/children", RootChildrenAsync);
    }

    private static async Task<GraphResult> OneAsync(GraphCall call, Func<TenantSession, Task<Library>> locate, CancellationToken ct)
    {
        var json = await call.Tenant.Database.ReadAsync(async s => await DriveJson.RenderAsync(s, await locate(s), call.Tenant, ct), ct);
        var result = CollectionResponder.Select(json, call.OData.Select);
        result.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#drives/$entity");
        return GraphResult.Ok(result);
    }

    private static async Task<GraphResult> SiteDrivesAsync(GraphCall call, CancellationToken ct)
    {
        var drives = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (_, libraries) = await Library.AllOfSiteAsync(s, call.Route("site-id"), ct);
            var result = new List<JsonObject>();
            foreach (var library in libraries)
            {
                result.Add(await DriveJson.RenderAsync(s, library, call.Tenant, ct));
            }

            return result;
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, drives, "drives"));
    }

    private static async Task<GraphResult> SiteDriveAsync(GraphCall call, CancellationToken ct) => await OneAsync(call, async s =>
    {
        var library = await Library.FromDriveIdAsync(s, call.Route("drive-id"), ct);
        var site = await Sites.SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
        return library.Site.Id.Equals(site.Id, StringComparison.OrdinalIgnoreCase)
            ? library
            : throw GraphProblem.NotFound($"The drive '{call.Route("drive-id")}' does not belong to this site.");
    }, ct);

    private static async Task<GraphResult> RootAsync(GraphCall call, CancellationToken ct) =>
        GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, DriveUnitOfWork.ByDriveId(call, ct), d =>
            DriveItemView.RenderAsync(d.Session, d.Tree, DriveNode.Root(d.Library), call, d.Files, $"drives('{d.Library.DriveId}')/root/$entity", ct), ct));

    private static async Task<GraphResult> RootChildrenAsync(GraphCall call, CancellationToken ct) =>
        GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, DriveUnitOfWork.ByDriveId(call, ct), d =>
            Task.FromResult(DriveItemsModule.ChildrenPage(call, d, DriveNode.Root(d.Library))), ct));
}
