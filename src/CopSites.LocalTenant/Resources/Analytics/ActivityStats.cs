using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Analytics;

/// <summary>
/// Turns activity records into Graph's itemActivityStat (counts of actions and distinct actors per action) and
/// itemActivity (who did what, when). Delete and move are not recorded by the tenant, so stats carry only
/// access, create and edit.
/// </summary>
internal static class ActivityStats
{
    private static readonly string[] Actions = [ActivityLog.Access, ActivityLog.Create, ActivityLog.Edit];

    public static JsonObject Stat(ActivityWindow window, IEnumerable<ActivityRecord> records, DateTimeOffset now)
    {
        var inWindow = records.Where(r => r.At >= window.Start && r.At < window.End).ToList();
        var start = window.Id == ActivityWindow.AllTimeId
            ? inWindow.Count == 0 ? (DateTimeOffset?)null : inWindow.Min(r => r.At)
            : window.Start;
        var json = new JsonObject
        {
            ["id"] = window.Id,
            ["startDateTime"] = start?.UtcDateTime,
            ["endDateTime"] = (window.Id is ActivityWindow.AllTimeId or ActivityWindow.LastSevenDaysId ? now : window.End).UtcDateTime,
        };
        foreach (var action in Actions)
        {
            var matching = inWindow.Where(r => r.Action == action).ToList();
            json[action] = new JsonObject
            {
                ["actionCount"] = matching.Count,
                ["actorCount"] = matching.Select(r => r.Actor).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            };
        }

        json["incompleteData"] = new JsonObject { ["wasThrottled"] = false };
        json["isTrending"] = false;
        return json;
    }

    /// <summary>
    /// One itemActivity per record, oldest first. itemActivity is an open type: besides the documented "access" facet,
    /// creates and edits carry "create" / "edit" facets so a job can see who contributed, not only who read.
    /// </summary>
    public static IEnumerable<JsonObject> Activities(ActivityWindow window, IEnumerable<ActivityRecord> records, UserDirectory users)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.At >= window.Start && r.At < window.End).OrderBy(r => r.At))
        {
            var key = $"{record.Target}|{record.Action}|{record.Actor}|{record.At.UtcTicks}";
            seen[key] = seen.GetValueOrDefault(key) + 1;
            yield return new JsonObject
            {
                ["id"] = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"{key}|{seen[key]}"))).ToString(),
                ["activityDateTime"] = record.At.UtcDateTime,
                ["actor"] = users.Find(record.Actor) is { } user
                    ? UserDirectory.IdentitySet(user)
                    : new JsonObject { ["user"] = new JsonObject { ["displayName"] = record.Actor } },
                [record.Action] = new JsonObject(),
            };
        }
    }

    /// <summary>Daily windows that saw any activity, oldest first (the itemActivityStats collection).</summary>
    public static IEnumerable<ActivityWindow> ActiveDays(IEnumerable<ActivityRecord> records) =>
        records.Select(r => r.At.UtcDateTime.Date).Distinct().Order()
            .Select(day => ActivityWindow.Between(new DateTimeOffset(day, TimeSpan.Zero), new DateTimeOffset(day.AddDays(1), TimeSpan.Zero)));
}
