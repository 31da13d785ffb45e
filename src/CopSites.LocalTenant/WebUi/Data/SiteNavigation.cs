using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>
/// Reads a site's navigation nodes (SharePoint REST shape: Id, Title, Url, ParentId) in stored order and nests children
/// under their parent. When the quick launch has no nodes, SharePoint-like defaults are built from the site's lists.
/// </summary>
internal static class SiteNavigation
{
    public const string QuickLaunch = "quicklaunch";
    public const string TopNavigationBar = "topnavigationbar";

    public static async Task<IReadOnlyList<NavLink>> ReadAsync(TenantSession session, string siteId, string menu, string hostName, CancellationToken ct)
    {
        var nodes = await session.ListAsync(EntityKinds.NavigationNode, TenantSession.ChildScope(siteId, menu), ct);
        // The REST module stores camelCase with an explicit order (nodes can be inserted after others); older seeds may lack it.
        var docs = nodes.Select(n => n.Document)
            .Where(d => !((d["isVisible"] ?? d["IsVisible"]) is JsonValue v && v.ToString() == "false"))
            .OrderBy(d => double.TryParse(d.Text("order", "Order"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var o) ? o : double.MaxValue)
            .ToList();
        var ids = docs.Select(d => d.Text("Id", "id")).Where(id => id is not null).ToHashSet();
        NavLink Build(JsonObject doc)
        {
            var id = doc.Text("Id", "id");
            var children = docs.Where(c => id is not null && c.Text("ParentId", "parentId") == id && c != doc).Select(Build).ToList();
            return new NavLink(doc.Text("Title", "title") ?? "(untitled)", SafeUrl.TenantLink(doc.Text("Url", "url"), hostName), children);
        }

        return docs.Where(d => d.Text("ParentId", "parentId") is not { } parent || parent == "0" || !ids.Contains(parent)).Select(Build).ToList();
    }

    /// <summary>The quick launch SharePoint shows when none is stored: Home, the visible lists and libraries, Site contents.</summary>
    public static IReadOnlyList<NavLink> Defaults(string sitePath, IEnumerable<StoredEntity> lists)
    {
        var links = new List<NavLink> { new("Home", UiPaths.Href(sitePath), []) };
        links.AddRange(lists.Where(l => !l.Document.Object("list").Flag("hidden"))
            .Select(l => new NavLink(l.Document.Text("displayName", "name") ?? l.Id, UiPaths.Href(UiPaths.ListPath(l.Document, sitePath)), [])));
        links.Add(new NavLink("Site contents", UiPaths.Href(UiPaths.Join(sitePath, "_layouts/15/viewlsts.aspx")), []));
        return links;
    }
}
