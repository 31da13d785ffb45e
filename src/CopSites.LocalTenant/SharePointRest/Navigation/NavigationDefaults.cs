using System.Text.Json.Nodes;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Navigation;

/// <summary>
/// The quick launch SharePoint gives a new site. A Microsoft 365 group site shows Home, Conversations, Documents,
/// Notebook, Pages and Site contents; other sites lack the two group links. The top navigation bar starts empty.
/// Seeded once per site, on the first navigation request, under the site's node counter.
/// </summary>
internal static class NavigationDefaults
{
    /// <summary>The first id SharePoint gives to nodes below the menu roots (1025 and 1002).</summary>
    public const int FirstNodeId = 2001;

    /// <summary>Seeds the defaults unless the site's counter says it was done; returns without writing otherwise.</summary>
    public static async Task EnsureSeededAsync(TenantSession session, StoredEntity site, CancellationToken ct)
    {
        var key = NavigationMenu.CounterKey(site.Id);
        if (await session.GetMetaAsync(key, ct) is not null)
        {
            return;
        }

        var path = site.Document["serverRelativePath"]!.GetValue<string>();
        var isGroup = site.Document["groupId"] is not null;
        var nodes = new List<(string Title, string Url, int Template)>
        {
            ("Home", path, 0),
        };
        if (isGroup)
        {
            nodes.Add(("Conversations", SiteFactory.JoinPath(path, "_layouts/15/groupstatus.aspx?Target=CONVERSATIONS"), 0));
        }

        nodes.Add(("Documents", SiteFactory.JoinPath(path, "Shared Documents/Forms/AllItems.aspx"), 101));
        if (isGroup)
        {
            nodes.Add(("Notebook", SiteFactory.JoinPath(path, "_layouts/15/groupstatus.aspx?Target=NOTEBOOK"), 0));
        }

        nodes.Add(("Pages", SiteFactory.JoinPath(path, "SitePages/Forms/ByAuthor.aspx"), 119));
        nodes.Add(("Site contents", SiteFactory.JoinPath(path, "_layouts/15/viewlsts.aspx"), 0));

        var id = FirstNodeId;
        var scope = NavigationMenu.Scope(site.Id, NavigationMenu.QuickLaunch);
        foreach (var (title, url, template) in nodes)
        {
            var doc = NavigationNodeDocument.Create(id, title, url, isExternal: false, parentId: null, order: id - FirstNodeId + 1);
            doc["listTemplateType"] = template;
            await session.InsertAsync(EntityKinds.NavigationNode, scope, id.ToString(System.Globalization.CultureInfo.InvariantCulture), doc, ct);
            id++;
        }

        await session.SetMetaAsync(key, id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
    }
}
