using System.Text;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// Resolves /shares/{id} when the id is an encoded URL: "u!" + unpadded base64url of the absolute URL (shares-get.md).
/// The Office add-in knows only the open document's URL, so it reaches the file this way. The URL's host may be the
/// tenant's SharePoint host name or the host the tenant is served at (webUrl values use the latter).
/// </summary>
internal static class SharingUrl
{
    /// <summary>Encodes an absolute URL as a share id.</summary>
    public static string Encode(string url) =>
        "u!" + Convert.ToBase64String(Encoding.UTF8.GetBytes(url)).TrimEnd('=').Replace('/', '_').Replace('+', '-');

    /// <summary>The decoded server-relative path a share id names; 404 when it is not an encoded URL of this tenant.</summary>
    public static string ServerRelativePath(TenantContext tenant, string shareId)
    {
        if (!shareId.StartsWith("u!", StringComparison.Ordinal) || Decode(shareId[2..]) is not { } text
            || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url))
        {
            throw GraphProblem.NotFound("The sharing link is not an encoded URL of this tenant; sharing tokens are not supported.");
        }

        var served = new Uri(tenant.WebBase);
        var ours = url.Host.Equals(tenant.HostName, StringComparison.OrdinalIgnoreCase)
            || url.Authority.Equals(served.Authority, StringComparison.OrdinalIgnoreCase);
        return ours
            ? "/" + Uri.UnescapeDataString(url.AbsolutePath).Trim('/')
            : throw GraphProblem.NotFound($"The URL '{text}' does not belong to this tenant.");
    }

    /// <summary>The library holding <paramref name="path"/>: the deepest site, then the library whose path prefixes it.</summary>
    public static async Task<Library> LibraryOfAsync(TenantSession session, string path, CancellationToken ct)
    {
        var site = (await session.ListAllAsync(EntityKinds.Site, ct))
            .Where(s => IsUnder(path, s.Document["serverRelativePath"]!.GetValue<string>()))
            .MaxBy(s => s.Document["serverRelativePath"]!.GetValue<string>().Length)
            ?? throw GraphProblem.NotFound($"No site holds '{path}'.");
        var (_, libraries) = await Library.AllOfSiteAsync(session, site.Id, ct);
        return libraries.Where(l => IsUnder(path, l.ServerRelativePath)).MaxBy(l => l.ServerRelativePath.Length)
            ?? throw GraphProblem.NotFound($"No document library holds '{path}'.");
    }

    /// <summary>The address of the item at <paramref name="path"/> inside <paramref name="library"/>.</summary>
    public static DriveItemAddress AddressIn(Library library, string path) =>
        new("root", path[library.ServerRelativePath.TrimEnd('/').Length..].Split('/', StringSplitOptions.RemoveEmptyEntries));

    private static bool IsUnder(string path, string prefix)
    {
        var trimmed = prefix.TrimEnd('/');
        return trimmed.Length == 0
            || path.Equals(trimmed, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(trimmed + "/", StringComparison.OrdinalIgnoreCase);
    }

    private static string? Decode(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
