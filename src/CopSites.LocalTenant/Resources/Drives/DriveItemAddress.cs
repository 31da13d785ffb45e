using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// How a request names a drive item: "root", an item id, or either followed by a path ("root:/Folder/a.docx",
/// "{id}:/a.docx"). The router has already joined escaped (%3A%2F) and unescaped (batch) forms into one segment.
/// </summary>
internal sealed record DriveItemAddress(string BaseKey, IReadOnlyList<string> Path)
{
    /// <summary>Parses a driveItem-id route value.</summary>
    public static DriveItemAddress Parse(string key)
    {
        if (GraphPath.SplitAddress(key) is not { } address)
        {
            return new DriveItemAddress(key, []);
        }

        var parts = address.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p is "." or ".."))
        {
            throw GraphProblem.BadRequest("The path may not contain '.' or '..' segments.");
        }

        return new DriveItemAddress(address.Key, parts);
    }

    /// <summary>Finds the item; 404 itemNotFound when it or any folder on the way is missing.</summary>
    public DriveNode Resolve(DriveTree tree) => Walk(tree, Path.Count) ?? throw NotFound();

    /// <summary>Finds the folder that holds the addressed item (for uploads by path), or null when a folder on the way is missing.</summary>
    public DriveNode? ResolveParent(DriveTree tree) => Path.Count == 0 ? null : Walk(tree, Path.Count - 1);

    /// <summary>The last path segment: the name an upload by path gives its file.</summary>
    public string LeafName => Path.Count > 0 ? Path[^1] : throw GraphProblem.BadRequest("The address names no file.");

    /// <summary>The base item, without the path.</summary>
    public DriveNode ResolveBase(DriveTree tree)
    {
        if (BaseKey.Equals("root", StringComparison.OrdinalIgnoreCase) || tree.IsRoot(BaseKey))
        {
            return DriveNode.Root(tree.Library);
        }

        return tree.Find(BaseKey) is { } item ? new DriveNode(item.Id, item) : throw NotFound();
    }

    private DriveNode? Walk(DriveTree tree, int depth)
    {
        var node = ResolveBase(tree);
        for (var i = 0; i < depth; i++)
        {
            if (tree.Child(node.Id, Path[i]) is not { } child)
            {
                return null;
            }

            node = new DriveNode(child.Id, child);
        }

        return node;
    }

    private static GraphProblem NotFound() => GraphProblem.NotFound("The resource could not be found.");
}

/// <summary>A resolved drive item: a stored file or folder, or the library's root folder (not stored).</summary>
internal sealed record DriveNode(string Id, StoredEntity? Entity)
{
    /// <summary>True for the root folder.</summary>
    public bool IsRoot => Entity is null;

    /// <summary>True for a file.</summary>
    public bool IsFile => Entity is not null && DriveTree.IsFile(Entity);

    /// <summary>The root folder of a library.</summary>
    public static DriveNode Root(Library library) => new(library.RootId, null);
}
