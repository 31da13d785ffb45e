using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Navigation;

/// <summary>Reads and writes a site's navigation nodes inside one unit of work; callers seed the defaults first.</summary>
internal sealed class NavigationStore(TenantSession session, string siteId)
{
    /// <summary>Every node of a menu (all levels), in sibling order.</summary>
    public async Task<IReadOnlyList<JsonObject>> ListAsync(string menu, CancellationToken ct)
    {
        var stored = await session.ListAsync(EntityKinds.NavigationNode, NavigationMenu.Scope(siteId, menu), ct);
        return stored.Select(s => s.Document)
            .OrderBy(NavigationNodeDocument.Order)
            .ThenBy(NavigationNodeDocument.Id)
            .ToList();
    }

    /// <summary>Finds a node in either menu.</summary>
    public async Task<(string Menu, StoredEntity Node)?> FindAsync(int id, CancellationToken ct)
    {
        foreach (var menu in NavigationMenu.All)
        {
            if (await session.GetAsync(EntityKinds.NavigationNode, NavigationMenu.Scope(siteId, menu), Key(id), ct) is { } node)
            {
                return (menu, node);
            }
        }

        return null;
    }

    /// <summary>
    /// Adds a node under <paramref name="parentId"/> (null: the menu's top level): last, or right after
    /// <paramref name="previousNodeId"/> when given (0 puts it first).
    /// </summary>
    public async Task<JsonObject> AddAsync(string menu, int? parentId, string title, string url, bool isExternal, int? previousNodeId,
        Action<JsonObject> configure, CancellationToken ct)
    {
        var counterKey = NavigationMenu.CounterKey(siteId);
        var id = int.Parse(await session.GetMetaAsync(counterKey, ct) ?? NavigationDefaults.FirstNodeId.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        await session.SetMetaAsync(counterKey, (id + 1).ToString(CultureInfo.InvariantCulture), ct);

        var siblings = (await ListAsync(menu, ct)).Where(n => NavigationNodeDocument.ParentId(n) == parentId).ToList();
        var position = siblings.Count;
        if (previousNodeId is { } previous)
        {
            var index = siblings.FindIndex(n => NavigationNodeDocument.Id(n) == previous);
            position = previous == 0 ? 0 : index >= 0 ? index + 1 : throw Pipeline.RestProblem.Argument($"The node {previous} is not a sibling of the new node.");
        }

        var node = NavigationNodeDocument.Create(id, title, url, isExternal, parentId, position + 1);
        configure(node);
        siblings.Insert(position, node);
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i] != node && NavigationNodeDocument.Order(siblings[i]) != i + 1)
            {
                var moved = (JsonObject)siblings[i].DeepClone();
                moved["order"] = i + 1;
                await ReplaceAsync(menu, moved, ct);
            }
        }

        await session.InsertAsync(EntityKinds.NavigationNode, NavigationMenu.Scope(siteId, menu), Key(id), node, ct);
        return node;
    }

    public Task ReplaceAsync(string menu, JsonObject node, CancellationToken ct) =>
        session.ReplaceAsync(EntityKinds.NavigationNode, NavigationMenu.Scope(siteId, menu), Key(NavigationNodeDocument.Id(node)), node, null, ct);

    /// <summary>Deletes a node and its descendants.</summary>
    public async Task DeleteAsync(string menu, int id, CancellationToken ct)
    {
        var all = await ListAsync(menu, ct);
        var doomed = new HashSet<int> { id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var node in all.Where(n => NavigationNodeDocument.ParentId(n) is { } p && doomed.Contains(p)))
            {
                grew |= doomed.Add(NavigationNodeDocument.Id(node));
            }
        }

        foreach (var doomedId in doomed)
        {
            await session.DeleteAsync(EntityKinds.NavigationNode, NavigationMenu.Scope(siteId, menu), Key(doomedId), ct);
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
