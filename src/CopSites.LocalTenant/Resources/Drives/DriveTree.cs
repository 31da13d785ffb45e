using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// A library's folders and files loaded at once. Items store only their parent id, so paths, child counts and folder
/// sizes are always computed here and never go stale after a rename or a move.
/// </summary>
internal sealed class DriveTree
{
    private readonly Dictionary<string, StoredEntity> _items = new(StringComparer.OrdinalIgnoreCase);

    private DriveTree(Library library) => Library = library;

    /// <summary>The library.</summary>
    public Library Library { get; }

    /// <summary>Every stored item (the root folder is not stored).</summary>
    public IEnumerable<StoredEntity> Items => _items.Values.OrderBy(i => i.Sequence);

    /// <summary>Loads the items of <paramref name="library"/>.</summary>
    public static async Task<DriveTree> LoadAsync(TenantSession session, Library library, CancellationToken ct)
    {
        var tree = new DriveTree(library);
        foreach (var item in await session.ListAsync(EntityKinds.DriveItem, library.Scope, ct))
        {
            tree._items[item.Id] = item;
        }

        return tree;
    }

    /// <summary>True for the library's root folder id.</summary>
    public bool IsRoot(string id) => id.Equals(Library.RootId, StringComparison.OrdinalIgnoreCase);

    /// <summary>A stored item by id, or null.</summary>
    public StoredEntity? Find(string id) => _items.GetValueOrDefault(id);

    /// <summary>The items directly in a folder.</summary>
    public IEnumerable<StoredEntity> Children(string folderId) => Items.Where(i => ParentId(i).Equals(folderId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The item called <paramref name="name"/> in a folder (names are case-insensitive, as in SharePoint).</summary>
    public StoredEntity? Child(string folderId, string name) =>
        Children(folderId).FirstOrDefault(i => Name(i).Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>An item and everything below it, deepest first.</summary>
    public IEnumerable<StoredEntity> Subtree(string id)
    {
        foreach (var child in Children(id).ToList())
        {
            foreach (var below in Subtree(child.Id))
            {
                yield return below;
            }
        }

        if (Find(id) is { } self)
        {
            yield return self;
        }
    }

    /// <summary>The path of an item below the root, "" for the root and "/Folder/a.docx" otherwise.</summary>
    public string PathOf(string id)
    {
        var parts = new List<string>();
        for (var current = Find(id); current is not null; current = Find(ParentId(current)))
        {
            parts.Add(Name(current));
        }

        parts.Reverse();
        return parts.Count == 0 ? "" : "/" + string.Join('/', parts);
    }

    /// <summary>The bytes below an item: the file's size, or the sum of the files in a folder.</summary>
    public long SizeOf(string id) => Find(id) is { } item && IsFile(item)
        ? item.Document["size"]?.GetValue<long>() ?? 0
        : Children(id).Sum(c => SizeOf(c.Id));

    /// <summary>True when <paramref name="id"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public bool IsWithin(string id, string ancestorId)
    {
        for (var current = id; ; current = ParentId(Find(current)!))
        {
            if (current.Equals(ancestorId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (Find(current) is null)
            {
                return false;
            }
        }
    }

    /// <summary>Records a written item so later lookups in the same request see it.</summary>
    public void Put(StoredEntity item) => _items[item.Id] = item;

    /// <summary>Forgets a deleted item.</summary>
    public void Remove(string id) => _items.Remove(id);

    public static string Name(StoredEntity item) => item.Document["name"]!.GetValue<string>();

    public static string ParentId(StoredEntity item) => item.Document["parentId"]!.GetValue<string>();

    public static bool IsFile(StoredEntity item) => item.Document["file"] is not null;
}
