using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.Resources.Lists;

public sealed class ListItemsPagingAndBatchTests : IAsyncLifetime
{
    private readonly TenantFixture _tenant = new(new LocalTenantOptions { PageSize = 5 });

    public Task InitializeAsync() => _tenant.InitializeAsync();

    public Task DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task PageIterator_OverMoreItemsThanThePageSize_VisitsEveryItemOnce()
    {
        var siteId = await TeamSites.CreateAsync(_tenant);
        var list = await TeamSites.CreateListAsync(_tenant, siteId, "Many");
        for (var i = 1; i <= 12; i++)
        {
            await _tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem { Fields = TeamSites.Fields(("Title", $"Item {i}")) });
        }

        var first = await _tenant.Graph.Sites[siteId].Lists[list.Id].Items.GetAsync(r => r.QueryParameters.Expand = ["fields($select=Title)"]);
        var titles = new List<string>();
        var iterator = PageIterator<ListItem, ListItemCollectionResponse>.CreatePageIterator(_tenant.Graph, first!, item =>
        {
            titles.Add(item.Fields!.AdditionalData["Title"].ToString()!);
            return true;
        });
        await iterator.IterateAsync();

        first!.Value!.Count.ShouldBe(5);
        first.OdataNextLink.ShouldNotBeNull();
        titles.ShouldBe(Enumerable.Range(1, 12).Select(i => $"Item {i}"));
    }

    [Fact]
    public async Task Batch_CreatesColumnThenItemsThatDependOnIt()
    {
        var siteId = await TeamSites.CreateAsync(_tenant);
        var list = await TeamSites.CreateListAsync(_tenant, siteId, "Batched");
        var items = _tenant.Graph.Sites[siteId].Lists[list.Id];
        var batch = new BatchRequestContentCollection(_tenant.Graph);
        var column = await batch.AddBatchRequestStepAsync(items.Columns.ToPostRequestInformation(new ColumnDefinition { Name = "Unit", Text = new TextColumn() }));
        var first = await batch.AddBatchRequestStepAsync(items.Items.ToPostRequestInformation(new ListItem { Fields = TeamSites.Fields(("Title", "A"), ("Unit", "Transport")) }));
        var bad = await batch.AddBatchRequestStepAsync(items.Items.ToPostRequestInformation(new ListItem { Fields = TeamSites.Fields(("Title", "B"), ("Missing", "x")) }));
        var dependent = await batch.AddBatchRequestStepAsync(items.Items.ToPostRequestInformation(new ListItem { Fields = TeamSites.Fields(("Title", "C")) }));
        batch.BatchRequestSteps[first].DependsOn = [column];
        batch.BatchRequestSteps[bad].DependsOn = [first];
        batch.BatchRequestSteps[dependent].DependsOn = [bad];

        var response = await _tenant.Graph.Batch.PostAsync(batch);
        var statuses = await response.GetResponsesStatusCodesAsync();

        ((int)statuses[column]).ShouldBe(201);
        ((int)statuses[first]).ShouldBe(201);
        ((int)statuses[bad]).ShouldBe(400);
        ((int)statuses[dependent]).ShouldBe(424);
        var created = await response.GetResponseByIdAsync<ListItem>(first);
        created.Fields!.AdditionalData["Unit"].ShouldBe("Transport");
        var all = await items.Items.GetAsync(r => r.QueryParameters.Expand = ["fields"]);
        all!.Value!.Select(i => i.Fields!.AdditionalData["Title"]).ShouldBe(["A"]);
    }

    [Fact]
    public async Task Batch_UnescapedPathAddressedSite_ReachesTheList()
    {
        var siteId = await TeamSites.CreateAsync(_tenant);
        var site = await _tenant.Graph.Sites[siteId].GetAsync();
        var path = new Uri(site!.WebUrl!).AbsolutePath;
        await TeamSites.CreateListAsync(_tenant, siteId, "Addressed");
        var body = $$"""{"requests":[{"id":"1","method":"GET","url":"/sites/contoso.sharepoint.com:{{path}}:/lists/Addressed/items"}]}""";

        var (status, json, _) = await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", body);

        status.ShouldBe(200);
        json!["responses"]![0]!["status"]!.GetValue<int>().ShouldBe(200);
    }
}
