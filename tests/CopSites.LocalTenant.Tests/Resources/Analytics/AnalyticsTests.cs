using System.Text.Json.Nodes;
using CopSites.LocalTenant.Resources.Analytics;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Analytics;

/// <summary>
/// Aggregation over activity records. The item and file handlers that record activities live in other families,
/// so these tests write records directly (as those handlers do, inside the store) and read them back through the SDK.
/// </summary>
public sealed class AnalyticsTests : IClassFixture<TenantFixture>
{
    private static readonly DateTimeOffset March1 = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TenantFixture _tenant;

    public AnalyticsTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task GetActivitiesByInterval_Day_CountsActionsAndDistinctActorsPerBucket()
    {
        var library = await LibraryWithItemsAsync();
        await RecordAsync(library.Item("1"), ActivityLog.Access, "alice", March1.AddHours(9));
        await RecordAsync(library.Item("1"), ActivityLog.Access, "alice", March1.AddHours(10));
        await RecordAsync(library.Item("10"), ActivityLog.Access, "bob", March1.AddHours(11));
        await RecordAsync(library.Item("10"), ActivityLog.Edit, "bob", March1.AddDays(2).AddHours(8));

        var result = await _tenant.Graph.Sites[library.SiteId]
            .GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval("2024-03-04", "day", "2024-03-01")
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync();

        var days = result!.Value!;
        days.Select(d => d.StartDateTime).ShouldBe([March1, March1.AddDays(1), March1.AddDays(2)]);
        days[0].EndDateTime.ShouldBe(March1.AddDays(1));
        days[0].Access!.ActionCount.ShouldBe(3);
        days[0].Access!.ActorCount.ShouldBe(2);
        days[1].Access!.ActionCount.ShouldBe(0);
        days[2].Edit!.ActionCount.ShouldBe(1);
        days[2].Access!.ActionCount.ShouldBe(0);
    }

    [Fact]
    public async Task GetActivitiesByInterval_OnListItem_CountsThatItemOnly()
    {
        var library = await LibraryWithItemsAsync();
        await RecordAsync(library.Item("1"), ActivityLog.Access, "carol", March1.AddHours(1));
        await RecordAsync(library.Item("10"), ActivityLog.Access, "dan", March1.AddHours(2));
        await RecordAsync(library.Item("10"), ActivityLog.Create, "dan", March1.AddHours(3));

        var result = await _tenant.Graph.Sites[library.SiteId].Lists[library.ListId].Items["1"]
            .GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval("2024-03-08", "week", "2024-03-01")
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync();

        var week = result!.Value!.Single();
        week.Access!.ActionCount.ShouldBe(1);
        week.Create!.ActionCount.ShouldBe(0);
    }

    [Fact]
    public async Task Activities_OfAnIntervalBucket_NameWhoDidWhat()
    {
        var library = await LibraryWithItemsAsync();
        await RecordAsync(library.Item("1"), ActivityLog.Create, "alice", March1.AddHours(8));
        await RecordAsync(library.Item("1"), ActivityLog.Access, "bob", March1.AddHours(9));
        await RecordAsync(library.Item("10"), ActivityLog.Access, "bob", March1.AddHours(10));
        var bucket = (await _tenant.Graph.Sites[library.SiteId]
            .GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval("2024-04-01", "month", "2024-03-01")
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync())!.Value!.Single();

        var activities = await _tenant.Graph.Sites[library.SiteId].Analytics.ItemActivityStats[bucket.Id].Activities.GetAsync();

        var bob = _tenant.Host.Users.Find("bob@contoso.local")!;
        activities!.Value!.Count.ShouldBe(3);
        activities.Value!.Count(a => a.Actor!.User!.Id == bob.Id && a.Access is not null).ShouldBe(2);
        var create = activities.Value![0];
        create.Actor!.User!.DisplayName.ShouldBe("Alice Moreno");
        create.Access.ShouldBeNull();
        create.AdditionalData.ShouldContainKey("create");
        create.ActivityDateTime.ShouldBe(March1.AddHours(8));
        var single = await _tenant.Graph.Sites[library.SiteId].Analytics.ItemActivityStats[bucket.Id].Activities[create.Id].GetAsync();
        single!.ActivityDateTime.ShouldBe(March1.AddHours(8));
    }

    [Fact]
    public async Task AllTimeAndLastSevenDays_OnSite_SeparateRecentFromOld()
    {
        var library = await LibraryWithItemsAsync();
        var now = DateTimeOffset.UtcNow;
        await RecordAsync(library.Item("1"), ActivityLog.Access, "erin", now.AddDays(-30));
        await RecordAsync(library.Item("1"), ActivityLog.Access, "frank", now.AddDays(-2));
        await RecordAsync(ActivityLog.PageTarget(library.SiteId, Guid.NewGuid().ToString()), ActivityLog.Access, "grace", now.AddHours(-1));

        var allTime = await _tenant.Graph.Sites[library.SiteId].Analytics.AllTime.GetAsync();
        var lastWeek = await _tenant.Graph.Sites[library.SiteId].Analytics.LastSevenDays.GetAsync();
        var analytics = await _tenant.Graph.Sites[library.SiteId].Analytics.GetAsync(r => r.QueryParameters.Expand = ["allTime"]);
        var days = await _tenant.Graph.Sites[library.SiteId].Analytics.ItemActivityStats.GetAsync();

        allTime!.Access!.ActionCount.ShouldBe(3);
        allTime.Access!.ActorCount.ShouldBe(3);
        lastWeek!.Access!.ActionCount.ShouldBe(2);
        analytics!.AllTime!.Access!.ActionCount.ShouldBe(3);
        analytics.LastSevenDays.ShouldBeNull();
        days!.Value!.Count.ShouldBe(3);
        days.Value!.Sum(d => d.Access!.ActionCount).ShouldBe(3);
    }

    [Fact]
    public async Task DriveItemAnalytics_MapsTheFileToItsListItem()
    {
        var library = await LibraryWithItemsAsync();
        var now = DateTimeOffset.UtcNow;
        await RecordAsync(library.Item("1"), ActivityLog.Access, "heidi", now.AddDays(-1));
        await RecordAsync(library.Item("1"), ActivityLog.Edit, "ivan", now.AddDays(-1));
        await RecordAsync(library.Item("10"), ActivityLog.Access, "judy", now.AddDays(-1));

        var file = await _tenant.Graph.Drives[library.DriveId].Items["01FILEONE"].Analytics.LastSevenDays.GetAsync();
        var root = await _tenant.Graph.Drives[library.DriveId].Items["root"].Analytics.AllTime.GetAsync();
        var viaList = await _tenant.Graph.Sites[library.SiteId].Lists[library.ListId].Items["1"].Analytics.GetAsync(r => r.QueryParameters.Expand = ["lastSevenDays"]);

        file!.Access!.ActionCount.ShouldBe(1);
        file.Edit!.ActorCount.ShouldBe(1);
        root!.Access!.ActionCount.ShouldBe(2);
        viaList!.LastSevenDays!.Edit!.ActionCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("getActivitiesByInterval(startDateTime='2024-03-01',endDateTime='2024-03-02',interval='hour')", 400)]
    [InlineData("getActivitiesByInterval(startDateTime='2024-03-05',endDateTime='2024-03-01',interval='day')", 400)]
    [InlineData("getActivitiesByInterval(startDateTime='2024-01-01',endDateTime='2024-06-01',interval='day')", 400)]
    [InlineData("getActivitiesByInterval(startDateTime='yesterday',endDateTime='2024-06-01',interval='day')", 400)]
    [InlineData("getActivitiesByInterval(startDateTime='2024-01-01',endDateTime='2024-06-01',interval='month')", 200)]
    [InlineData("getActivitiesByInterval(startDateTime='2024-03-01T00:00:00Z',endDateTime='2024-03-02T12:00:00Z',interval='day')", 200)]
    [InlineData("analytics/itemActivityStats/not-a-window/activities", 404)]
    [InlineData("lists/{list}/items/999/analytics", 404)]
    public async Task RawRequests_BadArgumentsAndUnknownTargets_FailAsGraphDoes(string relative, int expected)
    {
        var library = await LibraryWithItemsAsync();

        var (status, _, _) = await _tenant.SendAsync(HttpMethod.Get, $"v1.0/sites/{library.SiteId}/{relative.Replace("{list}", library.ListId)}");

        status.ShouldBe(expected);
    }

    private async Task RecordAsync(string target, string action, string alias, DateTimeOffset at) =>
        await _tenant.Host.Database.WriteAsync(s => s.RecordActivityAsync(new ActivityRecord(target, action, $"{alias}@contoso.local", at), CancellationToken.None), CancellationToken.None);

    /// <summary>A fresh team site whose Documents library holds list items 1 and 10, item 1 being the file 01FILEONE.</summary>
    private async Task<Library> LibraryWithItemsAsync()
    {
        var alias = "an-" + Guid.NewGuid().ToString("N")[..8];
        var group = await _tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = alias, MailNickname = alias, GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        });
        var siteId = (await _tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync())!.Id!;
        return await _tenant.Host.Database.WriteAsync(async s =>
        {
            var list = (await s.ListAsync(EntityKinds.List, siteId, CancellationToken.None)).Single(l => l.Document["name"]!.ToString() == "Shared Documents");
            var scope = TenantSession.ChildScope(siteId, list.Id);
            foreach (var id in new[] { "1", "10" })
            {
                await s.InsertAsync(EntityKinds.ListItem, scope, id, new JsonObject { ["id"] = id }, CancellationToken.None);
            }

            await s.InsertAsync(EntityKinds.DriveItem, scope, "01FILEONE", new JsonObject { ["id"] = "01FILEONE", ["listItemId"] = "1" }, CancellationToken.None);
            return new Library(siteId, list.Id, list.Document["driveId"]!.ToString());
        }, CancellationToken.None);
    }

    private sealed record Library(string SiteId, string ListId, string DriveId)
    {
        public string Item(string itemId) => ActivityLog.ItemTarget(SiteId, ListId, itemId);
    }
}
