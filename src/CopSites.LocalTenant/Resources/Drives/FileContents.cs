using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;
using Microsoft.AspNetCore.StaticFiles;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// A file's bytes (kind fileContent, scope "siteId/listId", id = drive item id, doc {id, mimeType, base64}) and the
/// facets that describe them on the drive item (size, file.mimeType, file.hashes, contentVersion for the cTag).
/// </summary>
internal static class FileContents
{
    private static readonly FileExtensionContentTypeProvider MimeTypes = new();

    /// <summary>Sets size, file facet and content version on a drive item document.</summary>
    public static void Describe(JsonObject doc, string name, byte[] content, string? contentType, int version)
    {
        // SharePoint types a file by its extension; what the client sent only counts for extensions it does not know.
        var mimeType = MimeTypes.TryGetContentType(name, out var byExtension) ? byExtension
            : contentType?.Split(';')[0].Trim() is { Length: > 0 } sent ? sent : "application/octet-stream";
        doc["size"] = (long)content.Length;
        doc["contentVersion"] = version;
        doc["file"] = new JsonObject
        {
            ["mimeType"] = mimeType,
            ["hashes"] = new JsonObject { ["quickXorHash"] = QuickXorHash.Compute(content) },
        };
    }

    /// <summary>Stores (or replaces) the bytes of a file.</summary>
    public static async Task StoreAsync(TenantSession session, Library library, string id, byte[] content, JsonObject doc, CancellationToken ct)
    {
        var blob = new JsonObject { ["id"] = id, ["mimeType"] = doc["file"]!["mimeType"]!.DeepClone(), ["base64"] = Convert.ToBase64String(content) };
        if (await session.GetAsync(EntityKinds.FileContent, library.Scope, id, ct) is null)
        {
            await session.InsertAsync(EntityKinds.FileContent, library.Scope, id, blob, ct);
        }
        else
        {
            await session.ReplaceAsync(EntityKinds.FileContent, library.Scope, id, blob, null, ct);
        }
    }
}
