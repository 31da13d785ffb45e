using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>A list or library's All Items view as headers and rendered cells.</summary>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">One row per item, one cell per header.</param>
/// <param name="Total">How many items the list has (rows may be fewer when a limit applied).</param>
internal sealed record ListTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<Markup>> Rows, int Total)
{
    /// <summary>Reads the view of <paramref name="list"/>: pages for a page library, files for a library, items for a list.</summary>
    public static async Task<ListTable> LoadAsync(TenantSession session, UiSite site, StoredEntity list, UiRequest request, int? limit, CancellationToken ct)
    {
        var scope = TenantSession.ChildScope(site.Id, list.Id);
        var library = UiPaths.IsLibrary(list.Document);
        var columns = (await session.ListAsync(EntityKinds.Column, scope, ct))
            .Select(c => UiColumn.FromDefinition(c.Document, library)).OfType<UiColumn>().ToList();
        var items = await session.ListAsync(EntityKinds.ListItem, scope, ct);
        if (UiPaths.IsPageLibrary(list.Document))
        {
            return await PagesAsync(session, site, limit, ct);
        }

        return library
            ? LibraryTable.Build(await session.ListAsync(EntityKinds.DriveItem, scope, ct), items, columns, request, limit)
            : Items(items, columns, request, limit);
    }

    private static ListTable Items(IReadOnlyList<StoredEntity> items, List<UiColumn> columns, UiRequest request, int? limit)
    {
        if (columns.Count == 0)
        {
            columns = items.SelectMany(i => i.Document.Object("fields") ?? []).Select(f => f.Key).Distinct()
                .Select(UiColumn.FromFieldName).OfType<UiColumn>().ToList();
        }

        // Title leads, as in SharePoint's default view.
        columns = columns.OrderBy(c => c.Name.Equals("Title", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ToList();
        var rows = items.Take(limit ?? int.MaxValue).Select(item =>
        {
            var fields = item.Document.Object("fields");
            return (IReadOnlyList<Markup>)columns.Select(c => FieldText.Render(fields?[c.Name], c, request)).ToList();
        }).ToList();
        return new ListTable(columns.Select(c => c.DisplayName).ToList(), rows, items.Count);
    }

    private static async Task<ListTable> PagesAsync(TenantSession session, UiSite site, int? limit, CancellationToken ct)
    {
        var pages = await session.ListAsync(EntityKinds.Page, site.Id, ct);
        var rows = pages.Take(limit ?? int.MaxValue).Select(p =>
        {
            var name = p.Document.Text("name") ?? p.Id;
            return (IReadOnlyList<Markup>)
            [
                Markup.Html($"<a href=\"{UiPaths.Href(UiPaths.PagePath(site.Path, name))}\">{name}</a>"),
                Markup.Text(p.Document.Text("title")),
                Markup.Text(DocumentReading.DateTime(p.Modified)),
            ];
        }).ToList();
        return new ListTable(["Name", "Title", "Modified"], rows, pages.Count);
    }

    /// <summary>How many items a list holds, as Site contents counts them.</summary>
    public static async Task<int> CountAsync(TenantSession session, UiSite site, StoredEntity list, CancellationToken ct)
    {
        if (UiPaths.IsPageLibrary(list.Document))
        {
            return (await session.ListAsync(EntityKinds.Page, site.Id, ct)).Count;
        }

        var scope = TenantSession.ChildScope(site.Id, list.Id);
        var items = (await session.ListAsync(EntityKinds.ListItem, scope, ct)).Count;
        var files = UiPaths.IsLibrary(list.Document) ? (await session.ListAsync(EntityKinds.DriveItem, scope, ct)).Count(d => !LibraryTable.IsRoot(d.Document)) : 0;
        return Math.Max(items, files);
    }

    internal static JsonObject? FieldsOf(IEnumerable<StoredEntity> items, string? itemId) =>
        itemId is null ? null : items.FirstOrDefault(i => i.Id == itemId || i.Document.Text("id") == itemId)?.Document.Object("fields");
}
