using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item.Lists.Item.ContentTypes.AddCopy;

namespace CopSites.LocalTenant.Tests.Resources.Lists;

public sealed class ContentTypesTests(TenantFixture tenant) : IClassFixture<TenantFixture>
{
    [Fact]
    public async Task CreateContentType_FromDocumentBase_GetsChildIdAndInheritsColumns()
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var created = await tenant.Graph.Sites[siteId].ContentTypes.PostAsync(new ContentType
        {
            Name = "Knowledge Product", Group = "CoP", Base = new ContentType { Id = "0x0101" },
        });

        created!.Id!.ShouldStartWith("0x010100");
        created.Id.Length.ShouldBe("0x0101".Length + 34);
        created.ParentId.ShouldBe("0x0101");
        var columns = await tenant.Graph.Sites[siteId].ContentTypes[created.Id].Columns.GetAsync();
        columns!.Value!.Select(c => c.Name).ShouldBe(["FileLeafRef", "Title"]);
        var bases = await tenant.Graph.Sites[siteId].ContentTypes[created.Id].BaseTypes.GetAsync();
        bases!.Value!.Select(b => b.Id).ShouldBe(["0x0101", "0x01"]);
    }

    [Theory]
    [InlineData("0x01", 400)]
    [InlineData("0x0101", 409)]
    [InlineData("0x010200", 400)]
    [InlineData("0x0102zz", 400)]
    [InlineData("0x0102AB", 201)]
    public async Task CreateContentType_ExplicitId_MustBeAChildIdOfAnExistingType(string id, int expected)
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var (status, _, _) = await tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{siteId}/contentTypes", new { name = "Custom " + id, id });

        status.ShouldBe(expected);
    }

    [Fact]
    public async Task AddColumn_BySourceColumnBind_LinksSiteColumnAndDuplicateIs409()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var column = await tenant.Graph.Sites[siteId].Columns.PostAsync(new ColumnDefinition { Name = "CopFormat", Text = new TextColumn() });
        var type = await tenant.Graph.Sites[siteId].ContentTypes.PostAsync(new ContentType { Name = "Event Record", Base = new ContentType { Id = "0x01" } });
        // A fresh body per request: the SDK's backing store sends only changed values when an object is posted twice.
        ColumnDefinition Bind() => new()
        {
            AdditionalData = new Dictionary<string, object> { ["sourceColumn@odata.bind"] = $"https://graph.microsoft.com/v1.0/sites/{siteId}/columns/{column!.Id}" },
        };

        var linked = await tenant.Graph.Sites[siteId].ContentTypes[type!.Id].Columns.PostAsync(Bind());
        var again = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].ContentTypes[type.Id].Columns.PostAsync(Bind()));

        linked!.Id.ShouldBe(column!.Id);
        again.ResponseStatusCode.ShouldBe(409);
        var links = await tenant.Graph.Sites[siteId].ContentTypes[type.Id].ColumnLinks.GetAsync();
        links!.Value!.Select(l => l.Name).ShouldBe(["Title", "CopFormat"]);
        await tenant.Graph.Sites[siteId].ContentTypes[type.Id].ColumnLinks[column.Id].DeleteAsync();
        (await tenant.Graph.Sites[siteId].ContentTypes[type.Id].Columns.GetAsync())!.Value!.Select(c => c.Name).ShouldBe(["Title"]);
    }

    [Fact]
    public async Task AddCopy_CopiesColumnsIntoListEnablesContentTypesAndItemsRecordIt()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var column = await tenant.Graph.Sites[siteId].Columns.PostAsync(new ColumnDefinition { Name = "Audience", Text = new TextColumn() });
        var type = await tenant.Graph.Sites[siteId].ContentTypes.PostAsync(new ContentType { Name = "Announcement Card", Base = new ContentType { Id = "0x01" } });
        await tenant.Graph.Sites[siteId].ContentTypes[type!.Id].Columns.PostAsync(new ColumnDefinition
        {
            AdditionalData = new Dictionary<string, object> { ["sourceColumn@odata.bind"] = $"https://contoso.sharepoint.com/v1.0/sites/{siteId}/columns/{column!.Id}" },
        });
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Cards");

        var copy = await tenant.Graph.Sites[siteId].Lists[list.Id].ContentTypes.AddCopy.PostAsync(new AddCopyPostRequestBody
        {
            ContentType = $"https://graph.microsoft.com/v1.0/sites/{siteId}/contentTypes/{type.Id}",
        });

        copy!.Id!.ShouldStartWith(type.Id + "00");
        copy.ParentId.ShouldBe(type.Id);
        var after = await tenant.Graph.Sites[siteId].Lists[list.Id].GetAsync(r => r.QueryParameters.Expand = ["columns"]);
        after!.ListProp!.ContentTypesEnabled.ShouldBe(true);
        after.Columns!.Single(c => c.Name == "Audience").Id.ShouldBe(column.Id);
        var item = await tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem
        {
            ContentType = new ContentTypeInfo { Id = copy.Id },
            Fields = TeamSites.Fields(("Title", "Welcome"), ("Audience", "Everyone")),
        });
        item!.ContentType!.Name.ShouldBe("Announcement Card");
        item.Fields!.AdditionalData["ContentType"].ShouldBe("Announcement Card");
    }

    [Fact]
    public async Task Publish_ThenIsPublished_ReportsTrue_AndUnpublishReportsFalse()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var type = await tenant.Graph.Sites[siteId].ContentTypes.PostAsync(new ContentType { Name = "Hub Type", Base = new ContentType { Id = "0x01" } });

        (await tenant.Graph.Sites[siteId].ContentTypes[type!.Id].IsPublished.GetAsIsPublishedGetResponseAsync())!.Value.ShouldBe(false);
        await tenant.Graph.Sites[siteId].ContentTypes[type.Id].Publish.PostAsync();
        (await tenant.Graph.Sites[siteId].ContentTypes[type.Id].IsPublished.GetAsIsPublishedGetResponseAsync())!.Value.ShouldBe(true);
        await tenant.Graph.Sites[siteId].ContentTypes[type.Id].Unpublish.PostAsync();
        (await tenant.Graph.Sites[siteId].ContentTypes[type.Id].IsPublished.GetAsIsPublishedGetResponseAsync())!.Value.ShouldBe(false);
    }

    [Fact]
    public async Task UpdateAndDeleteContentType_BuiltInCannotBeDeleted_DuplicateNameIs409()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var type = await tenant.Graph.Sites[siteId].ContentTypes.PostAsync(new ContentType { Name = "Draft Type", Base = new ContentType { Id = "0x01" } });

        var renamed = await tenant.Graph.Sites[siteId].ContentTypes[type!.Id].PatchAsync(new ContentType { Name = "Final Type", Description = "Ready" });
        var duplicate = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].ContentTypes.PostAsync(
            new ContentType { Name = "final type", Base = new ContentType { Id = "0x01" } }));
        var builtIn = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].ContentTypes["0x0101"].DeleteAsync());
        await tenant.Graph.Sites[siteId].ContentTypes[type.Id].DeleteAsync();

        renamed!.Name.ShouldBe("Final Type");
        duplicate.ResponseStatusCode.ShouldBe(409);
        builtIn.ResponseStatusCode.ShouldBe(400);
        (await tenant.Graph.Sites[siteId].ContentTypes.GetAsync())!.Value!.Select(t => t.Name).ShouldNotContain("Final Type");
    }
}
