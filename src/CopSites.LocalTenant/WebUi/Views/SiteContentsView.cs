using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>Site contents (_layouts/15/viewlsts.aspx): every visible list and library with its type, item count and last change.</summary>
internal static class SiteContentsView
{
    public static async Task<(string Title, Markup Content)> RenderAsync(TenantSession session, UiSite site, CancellationToken ct)
    {
        var rows = new List<Markup>();
        foreach (var list in site.Lists.Where(l => !l.Document.Object("list").Flag("hidden")))
        {
            var count = await ListTable.CountAsync(session, site, list, ct);
            var type = UiPaths.IsPageLibrary(list.Document) ? "Page library" : UiPaths.IsLibrary(list.Document) ? "Document library" : "List";
            var name = list.Document.Text("displayName", "name") ?? list.Id;
            rows.Add(Markup.Html(
                $"<tr><td><a href=\"{UiPaths.Href(UiPaths.ListPath(list.Document, site.Path))}\">{name}</a></td><td>{type}</td><td class=\"num\">{count}</td><td>{DocumentReading.DateTime(list.Modified)}</td></tr>"));
        }

        var content = Markup.Html($"""
            <div class="content-inner"><h1 class="list-title">Site contents</h1>
            <div class="command-bar"><span>Contents</span><span class="view">{rows.Count} lists and libraries</span></div>
            <table class="cs-list"><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Items</th><th scope="col">Modified</th></tr></thead>
            <tbody>{Markup.Join(rows)}</tbody></table></div>
            """);
        return ($"Site contents - {site.Title}", content);
    }
}
