using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>Reads that need the site's lists, started as soon as the lists are known; their resources join the structure's.</summary>
internal delegate Task<IReadOnlyList<ActualResource>> ListsKnown(IReadOnlyList<ActualResource> lists, CancellationToken ct);

/// <summary>The Graph-visible structure of a site: columns, content types, lists, items, terms, pages, files.</summary>
internal sealed class StructureReader(GraphReads graph, FileDownloader download, SiteAddress site)
{
    /// <summary>
    /// Reads the structure; <paramref name="alongside"/> (e.g. the lists' views over REST) runs beside the second batch and
    /// the term walk instead of after them, so it adds no round trips to the read's critical path.
    /// </summary>
    public async Task<IReadOnlyList<ActualResource>> ReadAsync(StateQuery query, ListsKnown? alongside, CancellationToken ct)
    {
        var s = site.GraphPath;
        var first = await graph.GetAsync(
        [
            ("read site columns", $"{s}/columns"),
            ("read content types", $"{s}/contentTypes"),
            ("read lists", $"{s}/lists?$expand=columns,contentTypes"),
            ("read term groups", $"{s}/termStore/groups"),
            ("read pages", $"{s}/pages/graph.sitePage"),
        ], ct);
        var resources = new List<ActualResource>();
        resources.AddRange(Json.Values(first[0]).Select(c => ColumnResources.Site(c)));
        var contentTypes = Json.Values(first[1]).ToArray();
        resources.AddRange(contentTypes.Select(ContentTypeResources.ContentType));
        var lists = Json.Values(first[2]).ToArray();
        foreach (var list in lists)
        {
            resources.AddRange(ListResources.ListWithChildren(list));
        }

        var listsKnown = alongside?.Invoke(resources.Where(r => r.Key.Kind == ResourceKind.List).ToArray(), ct) ?? Task.FromResult<IReadOnlyList<ActualResource>>([]);

        var second = new List<(string Operation, string Path)>();
        var custom = contentTypes.Where(c => Json.Text(c, "isBuiltIn") != "true").ToArray();
        second.AddRange(custom.Select(c => ($"read columns of content type {Json.Text(c, "name")}", $"{s}/contentTypes/{GraphRequests.Segment(Json.Text(c, "id")!)}/columns")));
        var itemLists = lists.Where(l => query.ItemKeysByList.ContainsKey(Json.Text(l, "displayName") ?? "")).ToArray();
        second.AddRange(itemLists.Select(l => ($"read items of {Json.Text(l, "displayName")}", $"{s}/lists/{Json.Text(l, "id")}/items?$expand=fields")));
        var libraries = lists.Where(ListResources.IsLibrary).ToArray();
        second.AddRange(libraries.Select(l => ($"read drive of {Json.Text(l, "displayName")}", $"{s}/lists/{Json.Text(l, "id")}/drive")));
        var pages = Json.Values(first[4]).ToArray();
        second.AddRange(pages.Select(p => ($"read page {Json.Text(p, "name")}", $"{s}/pages/{Json.Text(p, "id")}/graph.sitePage?$expand=canvasLayout")));
        var termGroups = Json.Values(first[3]).ToArray();
        second.AddRange(termGroups.Select(g => ($"read term sets of {Json.Text(g, "displayName")}", $"{s}/termStore/groups/{Json.Text(g, "id")}/sets")));
        var bodies = await graph.GetAsync(second, ct);

        var at = 0;
        foreach (var contentType in custom)
        {
            resources.AddRange(ContentTypeResources.Columns(contentType, bodies[at++]));
        }

        foreach (var list in itemLists)
        {
            var title = Json.Text(list, "displayName")!;
            resources.AddRange(ListResources.Items(title, query.ItemKeysByList[title], bodies[at++]));
        }

        foreach (var library in libraries)
        {
            resources[resources.FindIndex(r => r.Key.Kind == ResourceKind.List && r.Id == Json.Text(library, "id"))] =
                ListResources.WithDrive(resources.First(r => r.Key.Kind == ResourceKind.List && r.Id == Json.Text(library, "id")), bodies[at++]);
        }

        resources.AddRange(pages.Select(_ => bodies[at++]).OfType<JsonObject>().Select(PageResources.Page));
        var sets = termGroups.SelectMany(g => Json.Values(bodies[at++]).Select(set => (Group: g, Set: set))).ToArray();
        resources.AddRange(termGroups.Select(TermResources.Group));
        resources.AddRange(await new TermReader(graph, site).ReadAsync(sets, ct));
        resources.AddRange(await FileResources.ReadAsync(graph, download, resources, query.Files, site, ct));
        resources.AddRange(await listsKnown);
        return resources;
    }
}
