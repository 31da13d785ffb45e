using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Analytics;

/// <summary>
/// Records who accessed, created or edited what, so itemAnalytics and getActivitiesByInterval can report uptake.
/// Targets are hierarchical keys, so a site's analytics is the sum of everything under "site/{siteId}".
/// A file is counted on its list item: a document library item and its drive item are one thing to a reader.
/// </summary>
public static class ActivityLog
{
    /// <summary>The action names analytics reports.</summary>
    public const string Access = "access";
    public const string Create = "create";
    public const string Edit = "edit";

    /// <summary>The key of a site.</summary>
    public static string SiteTarget(string siteId) => $"site/{siteId}";

    /// <summary>The key of a list item (or the list item behind a file).</summary>
    public static string ItemTarget(string siteId, string listId, string itemId) => $"site/{siteId}/list/{listId}/item/{itemId}";

    /// <summary>The key of a site page.</summary>
    public static string PageTarget(string siteId, string pageId) => $"site/{siteId}/page/{pageId}";

    /// <summary>Records an action by the caller now, inside the caller's unit of work.</summary>
    public static Task RecordAsync(TenantSession session, GraphCall call, string target, string action, CancellationToken ct) =>
        session.RecordActivityAsync(new ActivityRecord(target, action, call.Caller.UserPrincipalName, call.Tenant.Clock.GetUtcNow()), ct);
}
