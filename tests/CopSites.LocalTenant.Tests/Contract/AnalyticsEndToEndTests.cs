using System.Text;
using CopSites.LocalTenant.Tests.Contract.Scenario;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using GraphList = Microsoft.Graph.Models.List;

namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>
/// Uptake as the indicator job measures it: members work through the SDK (items, a file, a page) and analytics
/// report exactly those actions, per actor, on the site, the list item and the file.
/// </summary>
public sealed class AnalyticsEndToEndTests(TenantFixture tenant) : IClassFixture<TenantFixture>
{
    [Fact]
    public async Task MembersWork_ThenAnalytics_ReportEachActionByItsActor()
    {
        var (siteId, listId) = await CommunityAsync();
        var bob = Client("bob");
        var carol = Client("carol");
        var dan = Client("dan");

        var item = await bob.Sites[siteId].Lists[listId].Items.PostAsync(new ListItem { Fields = ListsSteps.Fields(("Title", "BRT roundtable")) });
        await carol.Sites[siteId].Lists[listId].Items[item!.Id].Fields.PatchAsync(ListsSteps.Fields(("Title", "BRT roundtable, Lima")));
        await dan.Sites[siteId].Lists[listId].Items[item.Id].GetAsync(r => r.QueryParameters.Expand = ["fields"]);
        await carol.Sites[siteId].Lists[listId].Items[item.Id].GetAsync();
        var driveId = (await carol.Sites[siteId].Drive.GetAsync())!.Id!;
        var file = await carol.Drives[driveId].Items["root:/BRT guide.txt:"].Content.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes("guide")));
        await ReadAllAsync(bob, driveId, file!.Id!);
        await ReadAllAsync(dan, driveId, file.Id!);
        var page = await bob.Sites[siteId].Pages.PostAsync(new SitePage { OdataType = "#microsoft.graph.sitePage", Name = "lessons.aspx", Title = "Lessons learned" });
        await dan.Sites[siteId].Pages[page!.Id].GraphSitePage.GetAsync();

        var (start, end) = AnalyticsSteps.Today();
        var admin = tenant.Graph;
        var siteDay = (await admin.Sites[siteId].GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval(end, "day", start)
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync())!.Value!.Single();
        var itemDay = (await admin.Sites[siteId].Lists[listId].Items[item.Id].GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval(end, "day", start)
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync())!.Value!.Single();
        var fileDay = (await admin.Drives[driveId].Items[file.Id].GetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithInterval(end, "day", start)
            .GetAsGetActivitiesByIntervalWithStartDateTimeWithEndDateTimeWithIntervalGetResponseAsync())!.Value!.Single();
        var siteActivities = await admin.Sites[siteId].Analytics.ItemActivityStats[siteDay.Id].Activities.GetAsync();
        var fileActivities = await admin.Drives[driveId].Items[file.Id].Analytics.ItemActivityStats[fileDay.Id].Activities.GetAsync();

        Counts(siteDay).ShouldBe(((3, 2), (1, 1), (5, 3)));
        Counts(itemDay).ShouldBe(((1, 1), (1, 1), (2, 2)));
        Counts(fileDay).ShouldBe(((1, 1), (0, 0), (2, 2)));
        Actions(siteActivities!).ShouldBe(
            ["bob create", "carol edit", "dan access", "carol access", "carol create", "bob access", "dan access", "bob create", "dan access"], ignoreOrder: true);
        Actions(fileActivities!).ShouldBe(["carol create", "bob access", "dan access"], ignoreOrder: true);
        siteActivities!.Value!.ShouldAllBe(a => a.ActivityDateTime >= siteDay.StartDateTime && a.ActivityDateTime < siteDay.EndDateTime);
    }

    private GraphServiceClient Client(string alias) => tenant.CreateGraphClient(tenant.Host.IssueToken(alias + "@contoso.local"));

    private static async Task ReadAllAsync(GraphServiceClient graph, string driveId, string fileId)
    {
        await using var stream = await graph.Drives[driveId].Items[fileId].Content.GetAsync();
        (await new StreamReader(stream!).ReadToEndAsync()).ShouldBe("guide");
    }

    // (create, edit, access) as (actionCount, actorCount).
    private static ((int?, int?), (int?, int?), (int?, int?)) Counts(ItemActivityStat stat) =>
        ((stat.Create?.ActionCount, stat.Create?.ActorCount), (stat.Edit?.ActionCount, stat.Edit?.ActorCount), (stat.Access?.ActionCount, stat.Access?.ActorCount));

    private List<string> Actions(ItemActivityCollectionResponse page) => page.Value!.Select(a =>
    {
        var alias = tenant.Host.Users.Find(a.Actor!.User!.Id!)!.UserPrincipalName.Split('@')[0];
        var action = a.Access is not null ? "access" : a.AdditionalData.ContainsKey("create") ? "create" : a.AdditionalData.ContainsKey("edit") ? "edit" : "?";
        return $"{alias} {action}";
    }).ToList();

    private async Task<(string SiteId, string ListId)> CommunityAsync()
    {
        var alias = "uptake-" + Guid.NewGuid().ToString("N")[..8];
        var group = await tenant.Graph.Groups.PostAsync(GroupsAndSitesSteps.NewGroup("Uptake CoP", alias, owner: TenantFixture.Admin));
        var siteId = (await tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync())!.Id!;
        var list = await tenant.Graph.Sites[siteId].Lists.PostAsync(new GraphList { DisplayName = "Sessions", ListProp = new ListInfo { Template = "genericList" } });
        return (siteId, list!.Id!);
    }
}
