using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>
/// Downloads a file's bytes. Graph gives only quickXorHash, so the template's files are downloaded and hashed with
/// SHA-256; files are few and small in a CoP template.
/// </summary>
internal delegate Task<byte[]> FileDownloader(string driveId, string itemId, CancellationToken ct);

/// <summary>The template's files as the tenant has them.</summary>
internal static class FileResources
{
    public static async Task<IReadOnlyList<ActualResource>> ReadAsync(GraphReads graph, FileDownloader download, IReadOnlyList<ActualResource> known,
        IReadOnlyCollection<string> files, SiteAddress site, CancellationToken ct)
    {
        var result = new List<ActualResource>();
        foreach (var path in files)
        {
            var serverRelative = path.StartsWith('/') ? path : site.ServerRelativePath.TrimEnd('/') + "/" + path;
            var library = known.Where(r => r.Key.Kind == ResourceKind.List && Json.Text(r.Properties, "driveId") is not null)
                .FirstOrDefault(r => serverRelative.StartsWith(ServerRelative(r) + "/", StringComparison.OrdinalIgnoreCase));
            if (library is null)
            {
                continue;
            }

            var inLibrary = serverRelative[(ServerRelative(library).Length + 1)..];
            var drive = Json.Text(library.Properties, "driveId")!;
            var item = await graph.GetAsync($"read file {serverRelative}", $"drives/{drive}/items/root:/{Uri.EscapeDataString(inLibrary).Replace("%2F", "/", StringComparison.Ordinal)}", ct);
            if (item is null)
            {
                continue;
            }

            var id = Json.Text(item, "id")!;
            var bytes = await download(drive, id, ct);
            result.Add(new ActualResource(new ResourceKey(ResourceKind.File, serverRelative), id, new JsonObject
            {
                ["size"] = item["size"]?.DeepClone(),
                ["sha256"] = bytes.Length == 0 ? null : Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(),
            }));
        }

        return result;
    }

    private static string ServerRelative(ActualResource list) =>
        Json.Text(list.Properties, "webUrl") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            ? Uri.UnescapeDataString(absolute.AbsolutePath).TrimEnd('/')
            : "";
}
