using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

public sealed class DriveItemsTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public DriveItemsTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task PostChildren_Folder_HonoursFailRenameAndReplace()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var parent = await CreateFolderAsync(driveId, "root", DriveTestData.UniqueFolder("Parent"));
        var first = await CreateFolderAsync(driveId, parent.Id!, "Minutes");

        var fail = await Should.ThrowAsync<ODataError>(() => CreateFolderAsync(driveId, parent.Id!, "minutes", "fail"));
        var renamed = await CreateFolderAsync(driveId, parent.Id!, "Minutes", "rename");
        var replaced = await CreateFolderAsync(driveId, parent.Id!, "Minutes", "replace");

        fail.ResponseStatusCode.ShouldBe(409);
        fail.Error!.Code.ShouldBe("nameAlreadyExists");
        renamed.Name.ShouldBe("Minutes 1");
        replaced.Id.ShouldBe(first.Id);
        var children = await _tenant.Graph.Drives[driveId].Items[parent.Id].Children.GetAsync();
        children!.Value!.Select(c => c.Name).ShouldBe(["Minutes", "Minutes 1"], ignoreOrder: true);
        children.Value!.ShouldAllBe(c => c.Folder != null && c.Folder.ChildCount == 0);
    }

    [Fact]
    public async Task PostChildren_WithoutFolderFacetOrWithBadName_Is400()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();

        var noFacet = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Drives[driveId].Items["root"].Children.PostAsync(new DriveItem { Name = "x" }));
        var badName = await Should.ThrowAsync<ODataError>(() => CreateFolderAsync(driveId, "root", "a:b"));

        noFacet.ResponseStatusCode.ShouldBe(400);
        badName.ResponseStatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task Patch_RenamesAndMoves_AndTheListItemFollows()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("Move");
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/From/old.txt:"].Content.PutAsync(DriveTestData.Text("x"));
        var target = await CreateFolderAsync(driveId, "root", folder + "-target");

        var renamed = await _tenant.Graph.Drives[driveId].Items[file!.Id].PatchAsync(new DriveItem { Name = "new.txt" });
        var moved = await _tenant.Graph.Drives[driveId].Items[file.Id].PatchAsync(new DriveItem { ParentReference = new ItemReference { Id = target.Id } });

        renamed!.Name.ShouldBe("new.txt");
        moved!.ParentReference!.Path.ShouldBe($"/drives/{driveId}/root:/{folder}-target");
        moved.Name.ShouldBe("new.txt");
        var listItem = await _tenant.Graph.Drives[driveId].Items[file.Id].ListItem.GetAsync(r => r.QueryParameters.Expand = ["fields"]);
        listItem!.Fields!.AdditionalData["FileLeafRef"].ShouldBe("new.txt");
        var byPath = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}-target/new.txt:"].GetAsync();
        byPath!.Id.ShouldBe(file.Id);
    }

    [Fact]
    public async Task Patch_NameTakenOrFolderIntoItself_IsRefused()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("Clash");
        var a = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/a.txt:"].Content.PutAsync(DriveTestData.Text("a"));
        await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/b.txt:"].Content.PutAsync(DriveTestData.Text("b"));
        var outer = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}:"].GetAsync();
        var inner = await CreateFolderAsync(driveId, outer!.Id!, "Inner");

        var clash = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Drives[driveId].Items[a!.Id].PatchAsync(new DriveItem { Name = "B.txt" }));
        var cycle = await Should.ThrowAsync<ODataError>(() =>
            _tenant.Graph.Drives[driveId].Items[outer.Id].PatchAsync(new DriveItem { ParentReference = new ItemReference { Id = inner.Id } }));

        clash.ResponseStatusCode.ShouldBe(409);
        cycle.ResponseStatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task Patch_WithStaleIfMatch_Is412()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("Etag")}/a.txt:"].Content.PutAsync(DriveTestData.Text("a"));
        await _tenant.Graph.Drives[driveId].Items[file!.Id].PatchAsync(new DriveItem { Name = "b.txt" });

        var stale = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Drives[driveId].Items[file.Id].PatchAsync(new DriveItem { Name = "c.txt" },
            r => r.Headers.Add("If-Match", file.ETag!)));

        stale.ResponseStatusCode.ShouldBe(412);
    }

    [Fact]
    public async Task Delete_Folder_RemovesItsFilesAndTheirListItems()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("Gone");
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/Deep/a.txt:"].Content.PutAsync(DriveTestData.Text("a"));
        var listItem = await _tenant.Graph.Drives[driveId].Items[file!.Id].ListItem.GetAsync();
        var site = await _tenant.Graph.Sites["root"].GetAsync();
        var drive = await _tenant.Graph.Drives[driveId].GetAsync();
        var outer = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}:"].GetAsync();

        await _tenant.Graph.Drives[driveId].Items[outer!.Id].DeleteAsync();

        var gone = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Drives[driveId].Items[file.Id].GetAsync());
        gone.ResponseStatusCode.ShouldBe(404);
        var listId = listItem!.ParentReference!.Id!;
        var noListItem = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site!.Id].Lists[listId].Items[listItem.Id].DriveItem.GetAsync());
        noListItem.ResponseStatusCode.ShouldBe(404);
        drive!.Id.ShouldBe(driveId);
    }

    [Fact]
    public async Task Children_OfRootAndFolder_PageAndFilterLikeOtherCollections()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("Page");
        foreach (var name in new[] { "a.txt", "b.txt", "c.docx" })
        {
            await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/{name}:"].Content.PutAsync(DriveTestData.Text(name));
        }

        var outer = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}:"].GetAsync();
        var page = await _tenant.Graph.Drives[driveId].Items[outer!.Id].Children.GetAsync(r =>
        {
            r.QueryParameters.Top = 2;
            r.QueryParameters.Orderby = ["name desc"];
        });
        var (status, raw, _) = await _tenant.SendAsync(HttpMethod.Get, $"v1.0/drives/{driveId}/root/children?$filter=name eq '{folder}'");

        page!.Value!.Select(c => c.Name).ShouldBe(["c.docx", "b.txt"]);
        page.OdataNextLink.ShouldNotBeNull();
        status.ShouldBe(200);
        raw!["value"]!.AsArray().Single()!["folder"]!["childCount"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task ChildById_UnderItsParent_IsFound_UnderAnotherFolder_Is404()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("Child");
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/a.txt:"].Content.PutAsync(DriveTestData.Text("a"));
        var other = await CreateFolderAsync(driveId, "root", folder + "-other");

        var child = await _tenant.Graph.Drives[driveId].Items[file!.ParentReference!.Id].Children[file.Id].GetAsync();
        var elsewhere = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Drives[driveId].Items[other.Id].Children[file.Id].GetAsync());

        child!.Name.ShouldBe("a.txt");
        elsewhere.ResponseStatusCode.ShouldBe(404);
    }

    private async Task<DriveItem> CreateFolderAsync(string driveId, string parentId, string name, string? conflictBehavior = null)
    {
        var item = new DriveItem { Name = name, Folder = new Folder() };
        if (conflictBehavior is not null)
        {
            item.AdditionalData["@microsoft.graph.conflictBehavior"] = conflictBehavior;
        }

        return (await _tenant.Graph.Drives[driveId].Items[parentId].Children.PostAsync(item))!;
    }
}
