using CopSites.LocalTenant.Hosting;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// Serves @microsoft.graph.downloadUrl: SharePoint's download.aspx, which needs no bearer token because the URL's
/// tempauth value is the authorisation. Reads here are not recorded: the Graph call that handed out the URL was.
/// </summary>
internal sealed class DownloadEndpoint : IEndpointModule
{
    public void Map(IEndpointRouteBuilder app, TenantServices services)
    {
        app.MapGet("/_layouts/15/download.aspx", http => ServeAsync(http, services.Tenant));
        app.MapGet("/sites/{site}/_layouts/15/download.aspx", http => ServeAsync(http, services.Tenant));
    }

    private static async Task ServeAsync(HttpContext http, TenantContext tenant)
    {
        var ct = http.RequestAborted;
        var downloads = await DownloadUrls.ForAsync(tenant, ct);
        var grant = downloads.Verify(http.Request.Query["tempauth"].ToString());
        if (grant is not { } granted || !granted.ItemId.Equals(http.Request.Query["UniqueId"].ToString(), StringComparison.OrdinalIgnoreCase))
        {
            await Results.Json(new { error_description = "The download URL is invalid or has expired." }, statusCode: 401).ExecuteAsync(http);
            return;
        }

        var file = await tenant.Database.ReadAsync(s => FindAsync(s, granted.DriveId, granted.ItemId, ct), ct);
        if (file is not { } found)
        {
            await Results.Json(new { error_description = "The file no longer exists." }, statusCode: 404).ExecuteAsync(http);
            return;
        }

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(found.Name);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        var bytes = Convert.FromBase64String(found.Content["base64"]!.GetValue<string>());
        await Results.Bytes(bytes, found.Content["mimeType"]?.GetValue<string>() ?? "application/octet-stream").ExecuteAsync(http);
    }

    private static async Task<StoredFile?> FindAsync(TenantSession session, string driveId, string itemId, CancellationToken ct)
    {
        Library library;
        try
        {
            library = await Library.FromDriveIdAsync(session, driveId, ct);
        }
        catch (GraphProblem)
        {
            return null;
        }

        var item = await session.GetAsync(EntityKinds.DriveItem, library.Scope, itemId, ct);
        var content = await session.GetAsync(EntityKinds.FileContent, library.Scope, itemId, ct);
        return item is null || content is null ? null : new StoredFile(DriveTree.Name(item), content.Document);
    }

    private sealed record StoredFile(string Name, System.Text.Json.Nodes.JsonObject Content);
}
