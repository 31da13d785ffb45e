using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>What every page of a site needs for its chrome: the site, its lists, its navigation and its group.</summary>
internal sealed record UiSite(
    StoredEntity Site,
    IReadOnlyList<StoredEntity> Lists,
    IReadOnlyList<NavLink> QuickLaunch,
    IReadOnlyList<NavLink> TopNavigation,
    string? GroupLabel)
{
    public string Id => Site.Id;

    public string Title => Site.Document.Text("displayName", "name") ?? "Site";

    public string Path => Site.Document.Text("serverRelativePath") ?? "/";

    public string? LogoUrl => Site.Document.Text("logoUrl");

    /// <summary>Loads the site served at <paramref name="serverRelativePath"/>, or null when there is none.</summary>
    public static async Task<UiSite?> LoadAsync(TenantSession session, string serverRelativePath, string hostName, CancellationToken ct)
    {
        var site = (await session.FindByPropertyAsync(EntityKinds.Site, "", "serverRelativePath", serverRelativePath, ct)).FirstOrDefault();
        if (site is null)
        {
            return null;
        }

        var path = site.Document.Text("serverRelativePath") ?? "/";
        var lists = await session.ListAsync(EntityKinds.List, site.Id, ct);
        var quickLaunch = await SiteNavigation.ReadAsync(session, site.Id, SiteNavigation.QuickLaunch, hostName, ct);
        var top = await SiteNavigation.ReadAsync(session, site.Id, SiteNavigation.TopNavigationBar, hostName, ct);
        return new UiSite(site, lists, quickLaunch.Count > 0 ? quickLaunch : SiteNavigation.Defaults(path, lists), top,
            await GroupLabelAsync(session, site.Document.Text("groupId"), ct));
    }

    /// <summary>The list or library whose URL is <paramref name="urlName"/> ("Lists/x" lists, or a library folder).</summary>
    public StoredEntity? FindList(string urlName, bool library) => Lists.FirstOrDefault(l =>
        UiPaths.IsLibrary(l.Document) == library
        && UiPaths.ListPath(l.Document, Path).Equals(UiPaths.Join(Path, (library ? "" : "Lists/") + urlName), StringComparison.OrdinalIgnoreCase));

    /// <summary>"Private group · 4 members" for group-connected sites, as the site header shows it.</summary>
    private static async Task<string?> GroupLabelAsync(TenantSession session, string? groupId, CancellationToken ct)
    {
        var group = groupId is null ? null : await session.GetAsync(EntityKinds.Group, "", groupId, ct);
        if (group is null)
        {
            return null;
        }

        var members = await session.ListAsync(EntityKinds.GroupMember, groupId!, ct);
        var visibility = group.Document.Text("visibility") ?? "Public";
        var kind = visibility.Equals("Public", StringComparison.OrdinalIgnoreCase) ? "Public group" : "Private group";
        return $"{kind} · {members.Count} member{(members.Count == 1 ? "" : "s")}";
    }
}
