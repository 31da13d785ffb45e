using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>Uploads a template file into its library by path (small upload; PUT …/root:/path:/content).</summary>
internal static class FileUpload
{
    public static GraphWrite Create(ResourceChange change, WriteContext context)
    {
        var library = context.State.OfKind(ResourceKind.List)
            .Where(l => Json.Text(l.Properties, "driveId") is not null && change.Key.Path.StartsWith(LibraryPath(l) + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(l => LibraryPath(l).Length)
            .FirstOrDefault() ?? throw new ChangeRejectedException(new TenantFailure(424, "failedDependency", $"No library holds {change.Key.Path}.", null));
        var content = Json.Text(change.Body, "contentBase64") is { } base64 ? Convert.FromBase64String(base64)
            : throw new ChangeRejectedException(new TenantFailure(400, "invalidRequest", $"{change.Key} carries no content.", null));
        var inLibrary = change.Key.Path[(LibraryPath(library).Length + 1)..];
        var path = string.Join('/', inLibrary.Split('/').Select(Uri.EscapeDataString));
        var request = context.Requests.PutBytes($"drives/{Json.Text(library.Properties, "driveId")}/items/root:/{path}:/content", content, "application/octet-stream");
        return new(request, body => new ActualResource(change.Key, Json.Text(body, "id") ?? change.Key.Path, new JsonObject
        {
            ["size"] = content.Length,
            ["sha256"] = change.Body["sha256"]?.DeepClone(),
        }));
    }

    private static string LibraryPath(ActualResource list) =>
        Json.Text(list.Properties, "webUrl") is { } url && Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            ? Uri.UnescapeDataString(absolute.AbsolutePath).TrimEnd('/')
            : "\u0000";
}
