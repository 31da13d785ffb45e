using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>The drive a handler works on, loaded inside one unit of work, with its renderer.</summary>
internal sealed record DriveContext(TenantSession Session, DriveTree Tree, DriveItemJson Files)
{
    /// <summary>The library.</summary>
    public Library Library => Tree.Library;
}

/// <summary>
/// Opens a read or write unit of work on one library, found by a locate function (usually the call's drive-id).
/// The download URL key is fetched first because fetching it may need its own write.
/// </summary>
internal static class DriveUnitOfWork
{
    /// <summary>Finds the library named by the call's drive-id route value.</summary>
    public static Func<TenantSession, Task<Library>> ByDriveId(GraphCall call, CancellationToken ct) =>
        s => Library.FromDriveIdAsync(s, call.Route("drive-id"), ct);

    /// <summary>Runs read-only work.</summary>
    public static async Task<T> ReadAsync<T>(GraphCall call, Func<TenantSession, Task<Library>> locate, Func<DriveContext, Task<T>> work, CancellationToken ct)
    {
        var downloads = await DownloadUrls.ForAsync(call.Tenant, ct);
        return await call.Tenant.Database.ReadAsync(async s => await work(await OpenAsync(s, call, locate, downloads, ct)), ct);
    }

    /// <summary>Runs work that writes, in one transaction.</summary>
    public static async Task<T> WriteAsync<T>(GraphCall call, Func<TenantSession, Task<Library>> locate, Func<DriveContext, Task<T>> work, CancellationToken ct)
    {
        var downloads = await DownloadUrls.ForAsync(call.Tenant, ct);
        return await call.Tenant.Database.WriteAsync(async s => await work(await OpenAsync(s, call, locate, downloads, ct)), ct);
    }

    /// <summary>412 when the call's If-Match names neither the item's current eTag nor its cTag.</summary>
    public static void CheckIfMatch(GraphCall call, DriveContext drive, DriveNode node)
    {
        if (call.IfMatch is not { } expected || node.Entity is null)
        {
            return;
        }

        var current = drive.Files.Render(node);
        string Bare(string? tag) => (tag ?? "").Replace("W/", "", StringComparison.Ordinal).Trim('"');
        if (Bare(expected) != Bare(current["eTag"]?.GetValue<string>()) && Bare(expected) != Bare(current["cTag"]?.GetValue<string>()))
        {
            throw GraphProblem.PreconditionFailed("The item has changed since the given eTag was read.");
        }
    }

    private static async Task<DriveContext> OpenAsync(TenantSession session, GraphCall call, Func<TenantSession, Task<Library>> locate,
        DownloadUrls downloads, CancellationToken ct)
    {
        var library = await locate(session);
        var tree = await DriveTree.LoadAsync(session, library, ct);
        return new DriveContext(session, tree, new DriveItemJson(tree, call.Tenant, downloads));
    }
}
