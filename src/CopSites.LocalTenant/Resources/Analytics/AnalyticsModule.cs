using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Analytics;

/// <summary>
/// Usage analytics from the activity log: itemAnalytics (allTime, lastSevenDays, itemActivityStats and their
/// activities) and getActivitiesByInterval, on sites, list items and drive items. Counts appear at once; the real
/// service aggregates with a delay of hours.
/// </summary>
internal sealed class AnalyticsModule : IGraphRouteModule
{
    private const string ByInterval = "getActivitiesByInterval(startDateTime='{startDateTime}',endDateTime='{endDateTime}',interval='{interval}')";

    public void Map(RouteTable routes)
    {
        foreach (var subject in new[] { "sites/{site-id}", "drives/{drive-id}/items/{driveItem-id}" })
        {
            var analytics = $"{subject}/analytics";
            routes.MapGet(analytics, ItemAnalyticsAsync);
            routes.MapGet($"{analytics}/allTime", (c, ct) => StatAsync(c, ActivityWindow.AllTimeId, ct));
            routes.MapGet($"{analytics}/lastSevenDays", (c, ct) => StatAsync(c, ActivityWindow.LastSevenDaysId, ct));
            routes.MapGet($"{analytics}/itemActivityStats", StatsAsync);
            routes.MapGet($"{analytics}/itemActivityStats/{{itemActivityStat-id}}", (c, ct) => StatAsync(c, c.Route("itemActivityStat-id"), ct));
            routes.MapGet($"{analytics}/itemActivityStats/{{itemActivityStat-id}}/activities", ActivitiesAsync);
            routes.MapGet($"{analytics}/itemActivityStats/{{itemActivityStat-id}}/activities/{{itemActivity-id}}", ActivityAsync);
            routes.MapGet($"{subject}/{ByInterval}", ByIntervalAsync);
        }

        foreach (var item in new[] { "sites/{site-id}/lists/{list-id}/items/{listItem-id}", "drives/{drive-id}/list/items/{listItem-id}" })
        {
            routes.MapGet($"{item}/analytics", ItemAnalyticsAsync);
            routes.MapGet($"{item}/{ByInterval}", ByIntervalAsync);
        }
    }

    private static async Task<GraphResult> ItemAnalyticsAsync(GraphCall call, CancellationToken ct)
    {
        var now = call.Tenant.Clock.GetUtcNow();
        var (key, records) = await ReadAllAsync(call, ct);
        var json = new JsonObject
        {
            ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#itemAnalytics/$entity",
            ["id"] = new Guid(MD5.HashData(Encoding.UTF8.GetBytes(key))).ToString(),
        };
        // allTime and lastSevenDays are navigation properties: like Graph, they come only with $expand.
        if (call.OData.ExpandOf("allTime") is not null)
        {
            json["allTime"] = ActivityStats.Stat(ActivityWindow.AllTime(now), records, now);
        }

        if (call.OData.ExpandOf("lastSevenDays") is not null)
        {
            json["lastSevenDays"] = ActivityStats.Stat(ActivityWindow.LastSevenDays(now), records, now);
        }

        if (call.OData.ExpandOf("itemActivityStats") is not null)
        {
            json["itemActivityStats"] = new JsonArray(ActivityStats.ActiveDays(records).Select(w => (JsonNode)ActivityStats.Stat(w, records, now)).ToArray());
        }

        return GraphResult.Ok(json);
    }

    private static async Task<GraphResult> StatAsync(GraphCall call, string statId, CancellationToken ct)
    {
        var now = call.Tenant.Clock.GetUtcNow();
        var window = ActivityWindow.FromId(statId, now);
        var (_, records) = await ReadAllAsync(call, ct);
        var json = ActivityStats.Stat(window, records, now);
        if (call.OData.ExpandOf("activities") is not null)
        {
            json["activities"] = new JsonArray(ActivityStats.Activities(window, records, call.Tenant.Users).Select(a => (JsonNode)a).ToArray());
        }

        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#itemActivityStat/$entity");
        return GraphResult.Ok(CollectionResponder.Select(json, call.OData.Select));
    }

    private static async Task<GraphResult> StatsAsync(GraphCall call, CancellationToken ct)
    {
        var now = call.Tenant.Clock.GetUtcNow();
        var (_, records) = await ReadAllAsync(call, ct);
        var stats = ActivityStats.ActiveDays(records).Select(w => ActivityStats.Stat(w, records, now));
        return GraphResult.Ok(CollectionResponder.Page(call, stats, "Collection(microsoft.graph.itemActivityStat)"));
    }

    private static async Task<GraphResult> ActivitiesAsync(GraphCall call, CancellationToken ct)
    {
        var window = ActivityWindow.FromId(call.Route("itemActivityStat-id"), call.Tenant.Clock.GetUtcNow());
        var (_, records) = await ReadAsync(call, window.Start, window.End, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, ActivityStats.Activities(window, records, call.Tenant.Users), "Collection(microsoft.graph.itemActivity)"));
    }

    private static async Task<GraphResult> ActivityAsync(GraphCall call, CancellationToken ct)
    {
        var window = ActivityWindow.FromId(call.Route("itemActivityStat-id"), call.Tenant.Clock.GetUtcNow());
        var (_, records) = await ReadAsync(call, window.Start, window.End, ct);
        var id = call.Route("itemActivity-id");
        var activity = ActivityStats.Activities(window, records, call.Tenant.Users).FirstOrDefault(a => a["id"]!.GetValue<string>().Equals(id, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphProblem.NotFound($"itemActivity '{id}' was not found.");
        return GraphResult.Ok(CollectionResponder.Select(activity, call.OData.Select));
    }

    private static async Task<GraphResult> ByIntervalAsync(GraphCall call, CancellationToken ct)
    {
        string? Value(string name) => call.RouteValues.GetValueOrDefault(name);
        var buckets = ActivityWindow.Buckets(Value("startDateTime"), Value("endDateTime"), Value("interval"));
        var now = call.Tenant.Clock.GetUtcNow();
        var (_, records) = await ReadAsync(call, buckets[0].Start, buckets[^1].End, ct);
        var stats = buckets.Select(b => ActivityStats.Stat(b, records, now));
        return GraphResult.Ok(CollectionResponder.Page(call, stats, "Collection(microsoft.graph.itemActivityStat)"));
    }

    private static Task<(string Key, IReadOnlyList<ActivityRecord> Records)> ReadAllAsync(GraphCall call, CancellationToken ct) =>
        ReadAsync(call, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, ct);

    private static Task<(string Key, IReadOnlyList<ActivityRecord> Records)> ReadAsync(GraphCall call, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        call.Tenant.Database.ReadAsync(async s =>
        {
            var key = await AnalyticsSubject.ResolveAsync(s, call, ct);
            return (key, await ActivityLog.ReadAsync(s, key, from, to, ct));
        }, ct);
}
