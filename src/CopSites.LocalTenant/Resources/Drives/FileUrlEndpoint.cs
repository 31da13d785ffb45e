using CopSites.LocalTenant.Hosting;
using CopSites.LocalTenant.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// A library file at its own URL (its webUrl: <c>/sites/x/Shared Documents/folder/file.svg</c>), as SharePoint serves
/// it to a signed-in browser; this is what an Image web part's server-relative source points at. Images are served
/// inline with their type; every other file as an attachment, so nothing a member uploaded runs as a page here.
/// </summary>
internal sealed class FileUrlEndpoint : IEndpointModule
{
    private static readonly string[] InlineTypes = ["image/svg+xml", "image/png", "image/jpeg", "image/gif", "image/webp"];

    public void Map(IEndpointRouteBuilder app, TenantServices services)
    {
        foreach (var prefix in new[] { "/sites/{site}", "/teams/{site}" })
        {
            app.MapGet(prefix + "/{library}/{**path}", http => ServeAsync(http, services.Tenant));
        }
    }

    private static async Task ServeAsync(HttpContext http, Protocol.TenantContext tenant)
    {
        var ct = http.RequestAborted;
        var values = http.Request.RouteValues;
        var sitePath = $"{(http.Request.Path.StartsWithSegments("/teams") ? "/teams" : "/sites")}/{values["site"]}";
        var library = Uri.UnescapeDataString(values["library"]?.ToString() ?? "");
        var segments = (values["path"]?.ToString() ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var file = segments.Length == 0 ? null : await tenant.Database.ReadAsync(s => FindAsync(s, sitePath, library, segments, ct), ct);
        if (file is not { } found)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var type = found.Content["mimeType"]?.GetValue<string>() ?? "application/octet-stream";
        if (!InlineTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            http.Response.Headers.ContentDisposition = "attachment";
        }

        // An SVG opened directly must not run script: a sandboxing policy, as SharePoint applies to user content.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        await Results.Bytes(Convert.FromBase64String(found.Content["base64"]!.GetValue<string>()), type).ExecuteAsync(http);
    }

    private static async Task<(string Name, System.Text.Json.Nodes.JsonObject Content)?> FindAsync(
        TenantSession session, string sitePath, string libraryName, string[] segments, CancellationToken ct)
    {
        var site = await Sites.SiteResolver.TryResolveAsync(session, "host:" + sitePath, ct);
        if (site is null)
        {
            return null;
        }

        var (_, libraries) = await Library.AllOfSiteAsync(session, site.Id, ct);
        var library = libraries.FirstOrDefault(l => l.ServerRelativePath.Equals($"{sitePath}/{libraryName}", StringComparison.OrdinalIgnoreCase));
        if (library is null)
        {
            return null;
        }

        var tree = await DriveTree.LoadAsync(session, library, ct);
        var current = library.RootId;
        StoredEntity? item = null;
        foreach (var segment in segments)
        {
            item = tree.Child(current, segment);
            if (item is null)
            {
                return null;
            }

            current = item.Id;
        }

        if (item is null || !DriveTree.IsFile(item))
        {
            return null;
        }

        var content = await session.GetAsync(EntityKinds.FileContent, library.Scope, item.Id, ct);
        return content is null ? null : (DriveTree.Name(item), content.Document);
    }
}
