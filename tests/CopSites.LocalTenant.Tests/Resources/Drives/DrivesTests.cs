using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

public sealed class DrivesTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public DrivesTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task SiteDrive_OfNewGroupSite_IsDocumentsLibraryOwnedByTheGroup()
    {
        var (group, site) = await CreateGroupSiteAsync();

        var drive = await _tenant.Graph.Sites[site.Id].Drive.GetAsync();
        var drives = await _tenant.Graph.Sites[site.Id].Drives.GetAsync();

        drive!.Name.ShouldBe("Documents");
        drive.DriveType.ShouldBe("documentLibrary");
        drive.WebUrl.ShouldBe(site.WebUrl + "/Shared%20Documents");
        var (_, raw, _) = await _tenant.SendAsync(HttpMethod.Get, $"v1.0/sites/{site.Id}/drive");
        raw!["owner"]!["group"]!["id"]!.ToString().ShouldBe(group.Id);
        drive.Quota!.Used.ShouldBe(0);
        drives!.Value!.Select(d => d.Name).ShouldBe(["Documents", "Site Pages"]);
        drives.Value!.ShouldContain(d => d.Id == drive.Id);
    }

    [Fact]
    public async Task ListDrive_ByIdOrDisplayName_IsTheLibrarysDrive_AndDriveByIdMatches()
    {
        var (_, site) = await CreateGroupSiteAsync();
        var drive = await _tenant.Graph.Sites[site.Id].Drive.GetAsync();
        await _tenant.Graph.Drives[drive!.Id].Items["root:/a.txt:"].Content.PutAsync(DriveTestData.Text("12345"));
        var listItem = await _tenant.Graph.Drives[drive.Id].Items["root:/a.txt:"].ListItem.GetAsync();
        var listId = listItem!.ParentReference!.Id;

        var byId = await _tenant.Graph.Sites[site.Id].Lists[listId].Drive.GetAsync();
        var byName = await _tenant.Graph.Sites[site.Id].Lists["Documents"].Drive.GetAsync();
        var direct = await _tenant.Graph.Drives[drive.Id].GetAsync();
        var viaSite = await _tenant.Graph.Sites[site.Id].Drives[drive.Id].GetAsync();

        byId!.Id.ShouldBe(drive.Id);
        byName!.Id.ShouldBe(drive.Id);
        direct!.Quota!.Used.ShouldBe(5);
        viaSite!.Id.ShouldBe(drive.Id);
    }

    [Fact]
    public async Task Root_HasRootFacetAndCountsChildren()
    {
        var (_, site) = await CreateGroupSiteAsync();
        var drive = await _tenant.Graph.Sites[site.Id].Drive.GetAsync();
        await _tenant.Graph.Drives[drive!.Id].Items["root:/One/a.txt:"].Content.PutAsync(DriveTestData.Text("a"));
        await _tenant.Graph.Drives[drive.Id].Items["root:/b.txt:"].Content.PutAsync(DriveTestData.Text("bb"));

        var root = await _tenant.Graph.Drives[drive.Id].Root.GetAsync();
        var sameRoot = await _tenant.Graph.Drives[drive.Id].Items["root"].GetAsync();

        root!.Root.ShouldNotBeNull();
        root.Folder!.ChildCount.ShouldBe(2);
        root.Size.ShouldBe(3);
        root.WebUrl.ShouldBe(drive.WebUrl);
        sameRoot!.Id.ShouldBe(root.Id);
    }

    [Fact]
    public async Task Drive_UnknownId_Is404AndGenericListHasNoDrive()
    {
        var (_, site) = await CreateGroupSiteAsync();
        var listId = Guid.NewGuid().ToString();
        await _tenant.Host.Database.WriteAsync(s => s.InsertAsync(Storage.EntityKinds.List, site.Id!, listId,
            LocalTenant.Resources.Sites.SiteFactory.ListDocument(site.Id!, new Uri(site.WebUrl!).AbsolutePath, listId, "Tasks", "Tasks", "genericList"), default), default);

        var unknown = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Drives["b!bm90LWEtZHJpdmU"].GetAsync());
        var noDrive = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site.Id].Lists[listId].Drive.GetAsync());

        unknown.ResponseStatusCode.ShouldBe(404);
        noDrive.ResponseStatusCode.ShouldBe(404);
    }

    private async Task<(Group Group, Site Site)> CreateGroupSiteAsync()
    {
        var group = await _tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = "Drive test", MailNickname = DriveTestData.UniqueFolder("drv"), GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        });
        var site = await _tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync();
        return (group, site!);
    }
}
