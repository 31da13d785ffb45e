using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using GraphList = Microsoft.Graph.Models.List;

namespace CopSites.LocalTenant.Tests.Resources.Lists;

public sealed class ListsTests(TenantFixture tenant) : IClassFixture<TenantFixture>
{
    [Fact]
    public async Task CreateList_WithInlineColumns_IsReachableByIdAndByDisplayNameWithBuiltInTitle()
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var created = await TeamSites.CreateListAsync(tenant, siteId, "Cop Events",
            new ColumnDefinition { Name = "CopFormat", Choice = new ChoiceColumn { Choices = ["Roundtable", "Webinar"] } },
            new ColumnDefinition { DisplayName = "Session Date", DateTime = new DateTimeColumn() });

        created.Id.ShouldNotBeNull();
        created.ListProp!.Template.ShouldBe("genericList");
        created.WebUrl.ShouldEndWith("/Lists/Cop%20Events");
        created.ETag.ShouldStartWith($"\"{created.Id},");
        var byName = await tenant.Graph.Sites[siteId].Lists["Cop Events"].GetAsync(r => r.QueryParameters.Expand = ["columns"]);
        byName!.Id.ShouldBe(created.Id);
        var names = byName.Columns!.Select(c => c.Name).ToList();
        names.ShouldContain("Title");
        names.ShouldContain("CopFormat");
        names.ShouldContain("Session_x0020_Date");
        var title = await tenant.Graph.Sites[siteId].Lists[created.Id].Columns["fa564e0f-0c70-4ab9-b863-0177e6ddd247"].GetAsync();
        title!.Name.ShouldBe("Title");
    }

    [Fact]
    public async Task CreateList_DuplicateDisplayName_Is409NameAlreadyExists()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        await TeamSites.CreateListAsync(tenant, siteId, "Members");

        var error = await Should.ThrowAsync<ODataError>(() => TeamSites.CreateListAsync(tenant, siteId, "members"));

        error.ResponseStatusCode.ShouldBe(409);
        error.Error!.Code.ShouldBe("nameAlreadyExists");
    }

    [Theory]
    [InlineData("generic")]
    [InlineData("webPageLibrary")]
    public async Task CreateList_TemplateNotCreatable_Is400(string template)
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var error = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Lists.PostAsync(new GraphList
        {
            DisplayName = "Odd", ListProp = new ListInfo { Template = template },
        }));

        error.ResponseStatusCode.ShouldBe(400);
        error.Error!.Message!.ShouldContain(template);
    }

    [Fact]
    public async Task CreateList_DocumentLibrary_HasDriveAndLibraryColumns()
    {
        var siteId = await TeamSites.CreateAsync(tenant);

        var library = await tenant.Graph.Sites[siteId].Lists.PostAsync(new GraphList
        {
            DisplayName = "Knowledge Products", ListProp = new ListInfo { Template = "documentLibrary" },
        });

        library!.WebUrl.ShouldEndWith("/Knowledge%20Products");
        var expanded = await tenant.Graph.Sites[siteId].Lists[library.Id].GetAsync(r => r.QueryParameters.Expand = ["drive", "columns", "contentTypes"]);
        expanded!.Drive!.Id.ShouldStartWith("b!");
        expanded.Drive.DriveType.ShouldBe("documentLibrary");
        expanded.Columns!.Select(c => c.Name).ShouldContain("FileLeafRef");
        expanded.ContentTypes!.Select(c => c.Name).ShouldContain("Document");
        expanded.ContentTypes!.First(c => c.Name == "Document").Id.ShouldStartWith("0x010100");
    }

    [Fact]
    public async Task UpdateAndDeleteList_RenamesKeepingUrl_ThenIsGone()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Drafts");

        var renamed = await tenant.Graph.Sites[siteId].Lists[list.Id].PatchAsync(new GraphList { DisplayName = "Final", Description = "Done" });
        renamed!.DisplayName.ShouldBe("Final");
        renamed.Name.ShouldBe("Drafts");
        await tenant.Graph.Sites[siteId].Lists[list.Id].DeleteAsync();

        var error = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Lists[list.Id].GetAsync());
        error.ResponseStatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task GetLists_IncludesTheSiteLibrariesAndNewLists()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        await TeamSites.CreateListAsync(tenant, siteId, "Contacts");

        var lists = await tenant.Graph.Sites[siteId].Lists.GetAsync();

        lists!.Value!.Select(l => l.DisplayName).ShouldBe(["Documents", "Site Pages", "Contacts"], ignoreOrder: true);
    }
}
