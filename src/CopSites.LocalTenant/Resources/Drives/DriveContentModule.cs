using System.Globalization;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Analytics;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// File bytes: small uploads (PUT .../content, by id or by path, creating missing folders as Graph does) and downloads
/// (GET .../content answers 302 to the pre-authenticated download URL, as Graph does; clients that follow redirects get the bytes).
/// </summary>
internal sealed class DriveContentModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapPut("drives/{drive-id}/items/{driveItem-id}/content", UploadAsync);
        routes.MapGet("drives/{drive-id}/items/{driveItem-id}/content", DownloadAsync);
    }

    /// <summary>Records the read and answers 302 to the file's download URL.</summary>
    public static async Task<GraphResult> RedirectAsync(DriveContext drive, DriveNode file, GraphCall call, CancellationToken ct)
    {
        if (!file.IsFile)
        {
            throw GraphProblem.BadRequest("Only files have content.");
        }

        var listItemId = file.Entity!.Document["listItemId"]!.GetValue<string>();
        await ActivityLog.RecordAsync(drive.Session, call, ActivityLog.ItemTarget(drive.Library.Site.Id, drive.Library.List.Id, listItemId), ActivityLog.Access, ct);
        var url = drive.Files.Render(file)["@microsoft.graph.downloadUrl"]!.GetValue<string>();
        return new GraphResult(302).WithHeader("Location", url);
    }

    private static async Task<GraphResult> DownloadAsync(GraphCall call, CancellationToken ct) =>
        await DriveUnitOfWork.WriteAsync(call, DriveUnitOfWork.ByDriveId(call, ct),
            d => RedirectAsync(d, DriveItemAddress.Parse(call.Route("driveItem-id")).Resolve(d.Tree), call, ct), ct);

    private static async Task<GraphResult> UploadAsync(GraphCall call, CancellationToken ct)
    {
        var limit = call.Tenant.Options.MaxUploadBytes;
        if (call.Body.Length > limit)
        {
            throw GraphProblem.InsufficientStorage(string.Create(CultureInfo.InvariantCulture,
                $"The file is {call.Body.Length} bytes; this tenant accepts at most {limit} bytes per upload."));
        }

        var address = DriveItemAddress.Parse(call.Route("driveItem-id"));
        var behavior = DriveItemNames.Behavior(call, null, ConflictBehavior.Replace);
        call.Headers.TryGetValue("Content-Type", out var contentType);
        var (json, created) = await DriveUnitOfWork.WriteAsync(call, DriveUnitOfWork.ByDriveId(call, ct), async d =>
        {
            var writer = new DriveWriter(d.Session, d.Tree, call);
            DriveNode node;
            var isNew = false;
            if (address.Path.Count == 0)
            {
                var file = address.Resolve(d.Tree);
                DriveUnitOfWork.CheckIfMatch(call, d, file);
                node = await writer.ReplaceContentAsync(file, call.Body, contentType, ct);
            }
            else
            {
                var folder = await writer.EnsureFoldersAsync(address.ResolveBase(d.Tree), address.Path.Take(address.Path.Count - 1), ct);
                if (d.Tree.Child(folder.Id, address.LeafName) is { } existing)
                {
                    DriveUnitOfWork.CheckIfMatch(call, d, new DriveNode(existing.Id, existing));
                }

                (node, isNew) = await writer.UploadAsync(folder, address.LeafName, call.Body, contentType, behavior, ct);
            }

            return (await DriveItemView.RenderAsync(d.Session, d.Tree, node, call, d.Files, $"drives('{d.Library.DriveId}')/items/$entity", ct), isNew);
        }, ct);
        return created ? GraphResult.Created(json) : GraphResult.Ok(json);
    }
}
