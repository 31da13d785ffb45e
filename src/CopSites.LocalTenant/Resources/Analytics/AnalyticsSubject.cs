using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Analytics;

/// <summary>
/// What an analytics route measures, as an activity-log key: a site (everything in it), a list item, or a file
/// (counted on its list item; a library's root folder counts the whole library).
/// </summary>
internal static class AnalyticsSubject
{
    /// <summary>Resolves the route's site, list item or drive item to its key; 404 when it does not exist.</summary>
    public static async Task<string> ResolveAsync(TenantSession session, GraphCall call, CancellationToken ct)
    {
        if (call.RouteValues.TryGetValue("drive-id", out var driveId))
        {
            var (siteId, listId) = SiteIds.ParseDriveId(driveId) ?? throw GraphProblem.NotFound($"Drive '{driveId}' was not found.");
            await RequireListAsync(session, siteId, listId, ct);
            if (call.RouteValues.TryGetValue("listItem-id", out var driveListItem))
            {
                return await ItemKeyAsync(session, siteId, listId, driveListItem, ct);
            }

            var itemId = call.Route("driveItem-id");
            if (itemId.Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                return ActivityLog.ListTarget(siteId, listId);
            }

            var driveItem = await session.GetAsync(EntityKinds.DriveItem, TenantSession.ChildScope(siteId, listId), itemId, ct)
                ?? throw GraphProblem.NotFound($"Item '{itemId}' was not found in drive '{driveId}'.");
            return driveItem.Document["listItemId"]?.ToString() is { Length: > 0 } listItemId
                ? ActivityLog.ItemTarget(siteId, listId, listItemId)
                : ActivityLog.ListTarget(siteId, listId);
        }

        var site = await SiteResolver.ResolveAsync(session, call.Route("site-id"), ct);
        if (!call.RouteValues.TryGetValue("listItem-id", out var listItemKey))
        {
            return ActivityLog.SiteTarget(site.Id);
        }

        var list = await RequireListAsync(session, site.Id, call.Route("list-id"), ct);
        return await ItemKeyAsync(session, site.Id, list.Id, listItemKey, ct);
    }

    private static async Task<string> ItemKeyAsync(TenantSession session, string siteId, string listId, string itemId, CancellationToken ct)
    {
        var item = await session.GetAsync(EntityKinds.ListItem, TenantSession.ChildScope(siteId, listId), itemId, ct)
            ?? throw GraphProblem.NotFound($"Item '{itemId}' was not found in list '{listId}'.");
        return ActivityLog.ItemTarget(siteId, listId, item.Id);
    }

    // Lists are addressed by id or, as Graph allows, by their display name.
    private static async Task<StoredEntity> RequireListAsync(TenantSession session, string siteId, string listKey, CancellationToken ct) =>
        await session.GetAsync(EntityKinds.List, siteId, listKey, ct)
        ?? (await session.FindByPropertyAsync(EntityKinds.List, siteId, "displayName", listKey, ct)).FirstOrDefault()
        ?? throw GraphProblem.NotFound($"List '{listKey}' was not found.");
}
