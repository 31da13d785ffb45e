using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>A document library seen as a drive: its site, its list entity and the scope its items live in.</summary>
internal sealed record Library(StoredEntity Site, StoredEntity List)
{
    /// <summary>The drive id ("b!..."), as the list document holds it.</summary>
    public string DriveId => List.Document["driveId"]?.GetValue<string>() ?? SiteIds.DriveId(Site.Id, List.Id);

    /// <summary>Where the library's list items, drive items and file contents live: "siteId/listId".</summary>
    public string Scope => TenantSession.ChildScope(Site.Id, List.Id);

    /// <summary>The root folder's id.</summary>
    public string RootId => DriveItemIds.Root(List.Id);

    /// <summary>The library's server-relative path, e.g. "/sites/x/Shared Documents".</summary>
    public string ServerRelativePath => List.Document["serverRelativePath"]!.GetValue<string>();

    /// <summary>The library's display name ("Documents").</summary>
    public string DisplayName => List.Document["displayName"]?.GetValue<string>() ?? List.Id;

    /// <summary>Finds the library behind a drive id; 404 itemNotFound when there is none.</summary>
    public static async Task<Library> FromDriveIdAsync(TenantSession session, string driveId, CancellationToken ct)
    {
        var ids = SiteIds.ParseDriveId(driveId) ?? throw GraphProblem.NotFound($"The drive '{driveId}' was not found.");
        var site = await session.GetAsync(EntityKinds.Site, "", ids.SiteId, ct);
        var list = site is null ? null : await session.GetAsync(EntityKinds.List, site.Id, ids.ListId, ct);
        return list is not null && IsLibrary(list) ? new Library(site!, list) : throw GraphProblem.NotFound($"The drive '{driveId}' was not found.");
    }

    /// <summary>A site's default library ("Documents", URL name "Shared Documents").</summary>
    public static async Task<Library> DefaultOfSiteAsync(TenantSession session, string siteKey, CancellationToken ct)
    {
        var site = await SiteResolver.ResolveAsync(session, siteKey, ct);
        var libraries = (await session.ListAsync(EntityKinds.List, site.Id, ct)).Where(IsLibrary).ToList();
        var list = libraries.FirstOrDefault(l => Text(l, "name").Equals("Shared Documents", StringComparison.OrdinalIgnoreCase))
            ?? libraries.FirstOrDefault(l => Text(l, "list.template") == "documentLibrary")
            ?? throw GraphProblem.NotFound("The site has no document library.");
        return new Library(site, list);
    }

    /// <summary>Every library of a site, in creation order.</summary>
    public static async Task<(StoredEntity Site, IReadOnlyList<Library> Libraries)> AllOfSiteAsync(TenantSession session, string siteKey, CancellationToken ct)
    {
        var site = await SiteResolver.ResolveAsync(session, siteKey, ct);
        var lists = await session.ListAsync(EntityKinds.List, site.Id, ct);
        return (site, lists.Where(IsLibrary).Select(l => new Library(site, l)).ToList());
    }

    /// <summary>A site's list by id, display name or URL name; 404 when it is missing or is not a library.</summary>
    public static async Task<Library> OfListAsync(TenantSession session, string siteKey, string listKey, CancellationToken ct)
    {
        var site = await SiteResolver.ResolveAsync(session, siteKey, ct);
        var list = await session.GetAsync(EntityKinds.List, site.Id, listKey, ct)
            ?? (await session.ListAsync(EntityKinds.List, site.Id, ct)).FirstOrDefault(l =>
                Text(l, "displayName").Equals(listKey, StringComparison.OrdinalIgnoreCase) || Text(l, "name").Equals(listKey, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphProblem.NotFound($"List '{listKey}' does not exist at site with URL '{site.Document["serverRelativePath"]}'.");
        return IsLibrary(list) ? new Library(site, list) : throw GraphProblem.NotFound($"The list '{listKey}' is not a document library, so it has no drive.");
    }

    private static bool IsLibrary(StoredEntity list) => list.Document["driveId"] is not null || SiteFactory.IsLibrary(Text(list, "list.template"));

    private static string Text(StoredEntity entity, string path)
    {
        System.Text.Json.Nodes.JsonNode? node = entity.Document;
        foreach (var part in path.Split('.'))
        {
            node = node?[part];
        }

        return node?.GetValue<string>() ?? "";
    }
}
