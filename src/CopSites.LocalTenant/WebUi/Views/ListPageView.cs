using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>A list's or library's All Items page.</summary>
internal static class ListPageView
{
    public static async Task<(string Title, Markup Content)> RenderAsync(TenantSession session, UiSite site, StoredEntity list, UiRequest request, CancellationToken ct)
    {
        var table = await ListTable.LoadAsync(session, site, list, request, null, ct);
        var title = list.Document.Text("displayName", "name") ?? "List";
        var library = UiPaths.IsLibrary(list.Document);
        var view = library ? "All Documents" : "All Items";
        var empty = library ? "Drag files here or use Upload to add files to this library." : "There are no items to show in this view.";
        var description = list.Document.Text("description") is { } d ? Markup.Html($"<p class=\"empty-state\" style=\"padding:0 0 8px\">{d}</p>") : Markup.Empty;
        var content = Markup.Html($"""
            <div class="content-inner"><div class="list-header"><h1 class="list-title">{title}</h1></div>{description}
            <div class="command-bar" role="toolbar"><span>{(library ? "Read-only library" : "Read-only list")}</span><span>{table.Total} {(table.Total == 1 ? "item" : "items")}</span><span class="view">{view}</span></div>
            {ListTableMarkup.Render(table, empty)}</div>
            """);
        return ($"{title} - {view}", content);
    }
}
