using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.SharePointRest;

public sealed class ViewsTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public ViewsTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task Views_DefaultExists_AddGetByTitleFieldsMergeDelete()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var lists = "web/lists/GetByTitle('Documents')/views";

        var initial = await site.SendAsync(HttpMethod.Get, lists);
        initial.Status.ShouldBe(200);
        initial.Body!["value"]!.AsArray().Select(v => v!["Title"]!.ToString()).ShouldBe(["All Documents"]);

        var added = await site.SendAsync(HttpMethod.Post, lists + "/add", new
        {
            parameters = new { Title = "By status", Query = "<OrderBy><FieldRef Name=\"Modified\" Ascending=\"FALSE\" /></OrderBy>", RowLimit = 50, ViewFields = new[] { "LinkFilename", "CopProductStatus" }, SetAsDefaultView = true },
        });
        added.Status.ShouldBe(200);
        var viewId = added.Body!["Id"]!.ToString();
        (await site.SendAsync(HttpMethod.Post, lists + "/add", new { parameters = new { Title = "By status" } })).Status.ShouldBe(400);

        var byTitle = await site.SendAsync(HttpMethod.Get, lists + "/GetByTitle('By status')");
        byTitle.Body!["RowLimit"]!.GetValue<int>().ShouldBe(50);
        byTitle.Body["DefaultView"]!.GetValue<bool>().ShouldBeTrue();
        (await site.SendAsync(HttpMethod.Get, lists + "/GetByTitle('All Documents')")).Body!["DefaultView"]!.GetValue<bool>().ShouldBeFalse();

        (await site.SendAsync(HttpMethod.Post, $"{lists}(guid'{viewId}')/ViewFields/AddViewField('Editor')")).Status.ShouldBe(204);
        var fields = await site.SendAsync(HttpMethod.Get, $"{lists}(guid'{viewId}')/ViewFields");
        fields.Body!["Items"]!.AsArray().Select(f => f!.ToString()).ShouldBe(["LinkFilename", "CopProductStatus", "Editor"]);

        (await site.SendAsync(HttpMethod.Post, $"{lists}(guid'{viewId}')", new { RowLimit = 10 }, configure: r => r.Headers.Add("X-HTTP-Method", "MERGE"))).Status.ShouldBe(204);
        (await site.SendAsync(HttpMethod.Get, $"{lists}(guid'{viewId}')")).Body!["RowLimit"]!.GetValue<int>().ShouldBe(10);

        (await site.SendAsync(HttpMethod.Delete, $"{lists}(guid'{viewId}')")).Status.ShouldBe(200);
        (await site.SendAsync(HttpMethod.Get, $"{lists}(guid'{viewId}')")).Status.ShouldBe(404);
    }

    [Fact]
    public async Task Views_ExpandViewFields_GivesEachViewsFieldsInOneRequest()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var lists = "web/lists/GetByTitle('Documents')/views";
        (await site.SendAsync(HttpMethod.Post, lists + "/add", new { parameters = new { Title = "Mine", ViewFields = new[] { "LinkFilename", "Editor" } } })).Status.ShouldBe(200);

        var expanded = await site.SendAsync(HttpMethod.Get, lists + "?$expand=ViewFields");
        var plain = await site.SendAsync(HttpMethod.Get, lists);

        expanded.Status.ShouldBe(200);
        var mine = expanded.Body!["value"]!.AsArray().Single(v => v!["Title"]!.ToString() == "Mine")!;
        mine["ViewFields"]!["Items"]!.AsArray().Select(f => f!.ToString()).ShouldBe(["LinkFilename", "Editor"]);
        plain.Body!["value"]!.AsArray().ShouldAllBe(v => v!["ViewFields"] == null);
    }
}
