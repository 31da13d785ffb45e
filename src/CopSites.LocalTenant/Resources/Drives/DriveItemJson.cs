using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>Renders drive items as Graph's microsoft.graph.driveItem, computing what is not stored (paths, URLs, counts).</summary>
internal sealed class DriveItemJson(DriveTree tree, TenantContext tenant, DownloadUrls downloads)
{
    /// <summary>The Graph JSON of <paramref name="node"/>; sharepointIds only when <paramref name="withSharePointIds"/>.</summary>
    public JsonObject Render(DriveNode node, bool withSharePointIds = false)
    {
        var json = node.Entity is { } item ? RenderStored(node, item) : RenderRoot();
        if (withSharePointIds)
        {
            json["sharepointIds"] = SharePointIds(node);
        }

        return json;
    }

    /// <summary>The absolute web URL of an item (the library URL for the root).</summary>
    public string WebUrl(DriveNode node) => tenant.WebUrl(EscapePath(tree.Library.ServerRelativePath + tree.PathOf(node.Id)));

    /// <summary>Escapes each segment of a server-relative path the way SharePoint's URLs do (spaces as %20).</summary>
    public static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private JsonObject RenderStored(DriveNode node, Storage.StoredEntity item)
    {
        var doc = item.Document;
        var uniqueId = UniqueId(item);
        var json = new JsonObject();
        if (DriveTree.IsFile(item))
        {
            json["@microsoft.graph.downloadUrl"] = downloads.For(tree.Library, item.Id);
        }

        json["createdDateTime"] = item.Created.UtcDateTime;
        json["eTag"] = $"\"{uniqueId},{item.Version}\"";
        json["id"] = item.Id;
        json["lastModifiedDateTime"] = item.Modified.UtcDateTime;
        json["name"] = doc["name"]!.DeepClone();
        json["webUrl"] = WebUrl(node);
        json["cTag"] = $"\"c:{uniqueId},{doc["contentVersion"]?.GetValue<int>() ?? 1}\"";
        json["size"] = tree.SizeOf(item.Id);
        json["createdBy"] = doc["createdBy"]?.DeepClone() ?? CallerIdentity.System();
        json["lastModifiedBy"] = doc["lastModifiedBy"]?.DeepClone() ?? CallerIdentity.System();
        json["parentReference"] = ParentReference(DriveTree.ParentId(item));
        if (DriveTree.IsFile(item))
        {
            json["file"] = doc["file"]!.DeepClone();
        }
        else
        {
            json["folder"] = new JsonObject { ["childCount"] = tree.Children(item.Id).Count() };
        }

        json["fileSystemInfo"] = new JsonObject { ["createdDateTime"] = item.Created.UtcDateTime, ["lastModifiedDateTime"] = item.Modified.UtcDateTime };
        return json;
    }

    private JsonObject RenderRoot()
    {
        var list = tree.Library.List;
        return new JsonObject
        {
            ["createdDateTime"] = list.Created.UtcDateTime,
            ["eTag"] = $"\"{{{list.Id.ToUpperInvariant()}}},{list.Version}\"",
            ["id"] = tree.Library.RootId,
            ["lastModifiedDateTime"] = list.Modified.UtcDateTime,
            ["name"] = "root",
            ["webUrl"] = WebUrl(DriveNode.Root(tree.Library)),
            ["cTag"] = $"\"c:{{{list.Id.ToUpperInvariant()}}},0\"",
            ["size"] = tree.SizeOf(tree.Library.RootId),
            ["createdBy"] = CallerIdentity.System(),
            ["lastModifiedBy"] = CallerIdentity.System(),
            ["parentReference"] = new JsonObject { ["driveType"] = "documentLibrary", ["driveId"] = tree.Library.DriveId },
            ["fileSystemInfo"] = new JsonObject { ["createdDateTime"] = list.Created.UtcDateTime, ["lastModifiedDateTime"] = list.Modified.UtcDateTime },
            ["folder"] = new JsonObject { ["childCount"] = tree.Children(tree.Library.RootId).Count() },
            ["root"] = new JsonObject(),
        };
    }

    private JsonObject ParentReference(string parentId)
    {
        var reference = new JsonObject
        {
            ["driveType"] = "documentLibrary",
            ["driveId"] = tree.Library.DriveId,
            ["id"] = parentId,
        };
        if (tree.Find(parentId) is { } parent)
        {
            reference["name"] = DriveTree.Name(parent);
        }

        reference["path"] = $"/drives/{tree.Library.DriveId}/root:{tree.PathOf(parentId)}";
        reference["siteId"] = tree.Library.Site.Id;
        return reference;
    }

    private JsonObject SharePointIds(DriveNode node)
    {
        var (collectionId, webId) = SiteIds.Parts(tree.Library.Site.Id);
        var sitePath = tree.Library.Site.Document["serverRelativePath"]!.GetValue<string>();
        var ids = new JsonObject { ["listId"] = tree.Library.List.Id };
        if (node.Entity is { } item)
        {
            ids["listItemId"] = item.Document["listItemId"]?.DeepClone();
            ids["listItemUniqueId"] = item.Document["uniqueId"]?.DeepClone();
        }

        ids["siteId"] = collectionId;
        ids["siteUrl"] = tenant.WebUrl(EscapePath(sitePath));
        ids["tenantId"] = tenant.TenantId;
        ids["webId"] = webId;
        return ids;
    }

    /// <summary>The item's SharePoint unique id in braces and upper case, as eTags carry it.</summary>
    public static string UniqueId(Storage.StoredEntity item) => "{" + item.Document["uniqueId"]!.GetValue<string>().ToUpperInvariant() + "}";
}
