using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>Renders a library as Graph's microsoft.graph.drive.</summary>
internal static class DriveJson
{
    /// <summary>SharePoint's default site storage quota (25 TB); the tenant reports it but does not enforce it.</summary>
    public const long SiteQuotaBytes = 25L * 1024 * 1024 * 1024 * 1024;

    /// <summary>The Graph JSON of a library's drive.</summary>
    public static async Task<JsonObject> RenderAsync(TenantSession session, Library library, TenantContext tenant, CancellationToken ct)
    {
        var tree = await DriveTree.LoadAsync(session, library, ct);
        var used = tree.SizeOf(library.RootId);
        return new JsonObject
        {
            ["createdDateTime"] = library.List.Created.UtcDateTime,
            ["description"] = library.List.Document["description"]?.DeepClone() ?? "",
            ["id"] = library.DriveId,
            ["lastModifiedDateTime"] = library.List.Modified.UtcDateTime,
            ["name"] = library.DisplayName,
            ["webUrl"] = tenant.WebUrl(DriveItemJson.EscapePath(library.ServerRelativePath)),
            ["driveType"] = "documentLibrary",
            ["createdBy"] = CallerIdentity.System(),
            ["owner"] = await OwnerAsync(session, library, ct),
            ["quota"] = new JsonObject
            {
                ["deleted"] = 0,
                ["remaining"] = SiteQuotaBytes - used,
                ["state"] = "normal",
                ["total"] = SiteQuotaBytes,
                ["used"] = used,
            },
        };
    }

    // A group site's libraries are owned by the group; other sites show the system account, as SharePoint does.
    private static async Task<JsonObject> OwnerAsync(TenantSession session, Library library, CancellationToken ct)
    {
        if (library.Site.Document["groupId"]?.GetValue<string>() is { } groupId
            && await session.GetAsync(EntityKinds.Group, "", groupId, ct) is { } group)
        {
            return new JsonObject
            {
                ["group"] = new JsonObject
                {
                    ["email"] = group.Document["mail"]?.DeepClone(),
                    ["id"] = groupId,
                    ["displayName"] = group.Document["displayName"]?.DeepClone(),
                },
            };
        }

        return CallerIdentity.System();
    }
}
