using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>shares/{encoded URL}: the file (or folder) a URL names, its list item and its content.</summary>
internal sealed class SharesModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapGet("shares/{sharedDriveItem-id}/driveItem", DriveItemAsync);
        routes.MapGet("shares/{sharedDriveItem-id}/driveItem/content", ContentAsync);
        routes.MapGet("shares/{sharedDriveItem-id}/listItem", ListItemAsync);
    }

    private static async Task<GraphResult> DriveItemAsync(GraphCall call, CancellationToken ct)
    {
        var path = SharingUrl.ServerRelativePath(call.Tenant, call.Route("sharedDriveItem-id"));
        return GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, Locate(path, ct), d =>
            DriveItemView.RenderAsync(d.Session, d.Tree, SharingUrl.AddressIn(d.Library, path).Resolve(d.Tree), call, d.Files,
                $"shares('{call.Route("sharedDriveItem-id")}')/driveItem/$entity", ct), ct));
    }

    private static async Task<GraphResult> ContentAsync(GraphCall call, CancellationToken ct)
    {
        var path = SharingUrl.ServerRelativePath(call.Tenant, call.Route("sharedDriveItem-id"));
        return await DriveUnitOfWork.WriteAsync(call, Locate(path, ct),
            d => DriveContentModule.RedirectAsync(d, SharingUrl.AddressIn(d.Library, path).Resolve(d.Tree), call, ct), ct);
    }

    private static async Task<GraphResult> ListItemAsync(GraphCall call, CancellationToken ct)
    {
        var path = SharingUrl.ServerRelativePath(call.Tenant, call.Route("sharedDriveItem-id"));
        return GraphResult.Ok(await DriveUnitOfWork.ReadAsync(call, Locate(path, ct), d =>
            FileListItemModule.RenderListItemAsync(d, SharingUrl.AddressIn(d.Library, path).Resolve(d.Tree), call,
                $"shares('{call.Route("sharedDriveItem-id")}')/listItem/$entity", ct), ct));
    }

    private static Func<TenantSession, Task<Library>> Locate(string path, CancellationToken ct) => s => SharingUrl.LibraryOfAsync(s, path, ct);
}
