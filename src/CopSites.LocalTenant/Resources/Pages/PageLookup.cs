using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>Finds the site and page a call names.</summary>
internal static class PageLookup
{
    /// <summary>The site and page; 404 itemNotFound when either is missing.</summary>
    public static async Task<(StoredEntity Site, StoredEntity Page)> FindAsync(TenantSession session, GraphCall call, CancellationToken ct)
    {
        var site = await SiteResolver.ResolveAsync(session, call.Route("site-id"), ct);
        var pageId = call.Route("baseSitePage-id");
        var page = await session.GetAsync(EntityKinds.Page, site.Id, pageId, ct)
            ?? throw GraphProblem.NotFound($"The page '{pageId}' was not found.");
        return (site, page);
    }

    /// <summary>412 when the call's If-Match names an older version of the page.</summary>
    public static void CheckIfMatch(GraphCall call, StoredEntity page)
    {
        if (call.IfMatch is { } expected && expected.Replace("W/", "", StringComparison.Ordinal).Trim('"') != SitePageJson.ETag(page).Trim('"'))
        {
            throw GraphProblem.PreconditionFailed("The page has changed since the given eTag was read.");
        }
    }
}
