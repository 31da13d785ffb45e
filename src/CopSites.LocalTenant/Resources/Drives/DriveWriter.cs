using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Analytics;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// Creates and changes files and folders inside one unit of work: the drive item, its list item (with the list's
/// nextItemId) and its bytes land together or not at all.
/// </summary>
internal sealed class DriveWriter(TenantSession session, DriveTree tree, GraphCall call)
{
    private Library Library => tree.Library;

    /// <summary>Creates a folder, or applies the conflict behavior when the name is taken; Created is false when an existing folder is returned.</summary>
    public async Task<(DriveNode Node, bool Created)> CreateFolderAsync(DriveNode parent, string name, ConflictBehavior behavior, CancellationToken ct)
    {
        RequireFolder(parent);
        if (tree.Child(parent.Id, DriveItemNames.Validate(name)) is { } existing)
        {
            switch (behavior)
            {
                case ConflictBehavior.Fail:
                    throw GraphProblem.NameAlreadyExists($"An item named '{name}' already exists in this folder.");
                case ConflictBehavior.Replace when !DriveTree.IsFile(existing):
                    return (new DriveNode(existing.Id, existing), false);
                case ConflictBehavior.Replace:
                    await DeleteAsync(new DriveNode(existing.Id, existing), ct);
                    break;
                default:
                    name = DriveItemNames.FreeName(tree, parent.Id, name, isFile: false);
                    break;
            }
        }

        var doc = NewItem(parent.Id, name);
        doc["folder"] = new JsonObject();
        return (await InsertAsync(doc, ct), true);
    }

    /// <summary>Creates every missing folder of <paramref name="path"/> below <paramref name="start"/> and returns the last.</summary>
    public async Task<DriveNode> EnsureFoldersAsync(DriveNode start, IEnumerable<string> path, CancellationToken ct)
    {
        var node = start;
        foreach (var name in path)
        {
            var existing = tree.Child(node.Id, name);
            node = existing is not null ? new DriveNode(existing.Id, existing) : (await CreateFolderAsync(node, name, ConflictBehavior.Fail, ct)).Node;
            RequireFolder(node);
        }

        return node;
    }

    /// <summary>Uploads a file into a folder; Created is false when an existing file was overwritten.</summary>
    public async Task<(DriveNode Node, bool Created)> UploadAsync(DriveNode parent, string name, byte[] content, string? contentType,
        ConflictBehavior behavior, CancellationToken ct)
    {
        RequireFolder(parent);
        if (tree.Child(parent.Id, DriveItemNames.Validate(name)) is { } existing)
        {
            switch (behavior)
            {
                case ConflictBehavior.Fail:
                    throw GraphProblem.NameAlreadyExists($"A file named '{name}' already exists in this folder.");
                case ConflictBehavior.Replace when DriveTree.IsFile(existing):
                    return (await ReplaceContentAsync(new DriveNode(existing.Id, existing), content, contentType, ct), false);
                case ConflictBehavior.Replace:
                    throw GraphProblem.NameAlreadyExists($"A folder named '{name}' already exists here; a file cannot replace it.");
                default:
                    name = DriveItemNames.FreeName(tree, parent.Id, name, isFile: true);
                    break;
            }
        }

        var doc = NewItem(parent.Id, name);
        FileContents.Describe(doc, name, content, contentType, version: 1);
        var node = await InsertAsync(doc, ct);
        await FileContents.StoreAsync(session, Library, node.Id, content, doc, ct);
        await RecordAsync(node, ActivityLog.Create, ct);
        return (node, true);
    }

    /// <summary>Replaces a file's bytes, bumping its cTag.</summary>
    public async Task<DriveNode> ReplaceContentAsync(DriveNode file, byte[] content, string? contentType, CancellationToken ct)
    {
        if (!file.IsFile)
        {
            throw GraphProblem.BadRequest("Content can only be written to a file.");
        }

        var doc = file.Entity!.CloneDocument();
        FileContents.Describe(doc, doc["name"]!.GetValue<string>(), content, contentType, (doc["contentVersion"]?.GetValue<int>() ?? 1) + 1);
        doc["lastModifiedBy"] = CallerIdentity.Of(call);
        var node = await SaveAsync(file, doc, ct);
        await FileContents.StoreAsync(session, Library, node.Id, content, doc, ct);
        await RecordAsync(node, ActivityLog.Edit, ct);
        return node;
    }

    /// <summary>Renames and/or moves an item within its drive.</summary>
    public async Task<DriveNode> RenameOrMoveAsync(DriveNode item, string? newName, DriveNode? newParent, ConflictBehavior behavior, CancellationToken ct)
    {
        var doc = item.Entity!.CloneDocument();
        var parentId = newParent?.Id ?? DriveTree.ParentId(item.Entity);
        if (newParent is not null)
        {
            RequireFolder(newParent);
            if (tree.IsWithin(newParent.Id, item.Id))
            {
                throw GraphProblem.BadRequest("A folder cannot be moved into itself or one of its subfolders.");
            }
        }

        var name = DriveItemNames.Validate(newName ?? doc["name"]!.GetValue<string>());
        if (tree.Child(parentId, name) is { } clash && !clash.Id.Equals(item.Id, StringComparison.OrdinalIgnoreCase))
        {
            name = behavior == ConflictBehavior.Rename
                ? DriveItemNames.FreeName(tree, parentId, name, item.IsFile)
                : throw GraphProblem.NameAlreadyExists($"An item named '{name}' already exists in the destination folder.");
        }

        doc["name"] = name;
        doc["parentId"] = parentId;
        doc["lastModifiedBy"] = CallerIdentity.Of(call);
        var node = await SaveAsync(item, doc, ct);
        if (node.IsFile)
        {
            await RecordAsync(node, ActivityLog.Edit, ct);
        }

        return node;
    }

    /// <summary>Deletes an item, everything below it, their list items and their bytes.</summary>
    public async Task DeleteAsync(DriveNode item, CancellationToken ct)
    {
        if (item.IsRoot)
        {
            throw GraphProblem.AccessDenied("The root folder of a library cannot be deleted.");
        }

        foreach (var entity in tree.Subtree(item.Id).ToList())
        {
            await session.DeleteAsync(EntityKinds.DriveItem, Library.Scope, entity.Id, ct);
            await session.DeleteAsync(EntityKinds.FileContent, Library.Scope, entity.Id, ct);
            await FileListItems.DeleteAsync(session, Library, entity, ct);
            tree.Remove(entity.Id);
        }
    }

    private JsonObject NewItem(string parentId, string name) => new()
    {
        ["id"] = DriveItemIds.New(),
        ["name"] = name,
        ["parentId"] = parentId,
        ["uniqueId"] = Guid.NewGuid().ToString(),
        ["createdBy"] = CallerIdentity.Of(call),
        ["lastModifiedBy"] = CallerIdentity.Of(call),
    };

    private async Task<DriveNode> InsertAsync(JsonObject doc, CancellationToken ct)
    {
        var id = doc["id"]!.GetValue<string>();
        doc["listItemId"] = await FileListItems.CreateAsync(session, Library, doc, ct);
        // One unique id for the file and its list item, so an eTag read through either route matches If-Match on the other.
        doc["uniqueId"] = Lists.ItemETags.UniqueId(Library.List.Id, doc["listItemId"]!.GetValue<string>());
        var stored = await session.InsertAsync(EntityKinds.DriveItem, Library.Scope, id, doc, ct);
        tree.Put(stored);
        return new DriveNode(id, stored);
    }

    private async Task<DriveNode> SaveAsync(DriveNode item, JsonObject doc, CancellationToken ct)
    {
        var stored = await session.ReplaceAsync(EntityKinds.DriveItem, Library.Scope, item.Id, doc, null, ct);
        tree.Put(stored);
        await FileListItems.SyncAsync(session, Library, stored, ct);
        return new DriveNode(stored.Id, stored);
    }

    private Task RecordAsync(DriveNode file, string action, CancellationToken ct) =>
        ActivityLog.RecordAsync(session, call, ActivityLog.ItemTarget(Library.Site.Id, Library.List.Id, file.Entity!.Document["listItemId"]!.GetValue<string>()), action, ct);

    private static void RequireFolder(DriveNode node)
    {
        if (node.IsFile)
        {
            throw GraphProblem.BadRequest("The parent item is a file, not a folder.");
        }
    }
}
