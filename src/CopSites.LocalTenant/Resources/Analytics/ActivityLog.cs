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

    /// <summary>The key of a list or library: its items' activities lie under it.</summary>
    public static string ListTarget(string siteId, string listId) => $"site/{siteId}/list/{listId}";

    /// <summary>The key of a site page.</summary>
    public static string PageTarget(string siteId, string pageId) => $"site/{siteId}/page/{pageId}";

    /// <summary>True when <paramref name="target"/> is <paramref name="key"/> or lies under it (item "1" is not under item "10").</summary>
    public static bool IsWithin(string target, string key) =>
        target.Length == key.Length ? target == key : target.StartsWith(key + "/", StringComparison.Ordinal);

    /// <summary>The activities on <paramref name="key"/> and everything under it in [from, to), oldest first.</summary>
    public static async Task<IReadOnlyList<ActivityRecord>> ReadAsync(TenantSession session, string key, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await session.ListActivitiesAsync(key, from, to, ct)).Where(a => IsWithin(a.Target, key)).ToList();

    /// <summary>Records an action by the caller now, inside the caller's unit of work.</summary>
    public static Task RecordAsync(TenantSession session, GraphCall call, string target, string action, CancellationToken ct) =>
        session.RecordActivityAsync(new ActivityRecord(target, action, call.Caller.UserPrincipalName, call.Tenant.Clock.GetUtcNow()), ct);
}
