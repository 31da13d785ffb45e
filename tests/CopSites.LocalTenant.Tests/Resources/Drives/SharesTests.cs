using System.Text;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

public sealed class SharesTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public SharesTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task SharesDriveItem_ByEncodedWebUrl_ResolvesTheFile()
    {
        var (driveId, file) = await UploadAsync("Charter.docx");

        var shared = await _tenant.Graph.Shares[Encode(file.WebUrl!)].DriveItem.GetAsync();

        shared!.Id.ShouldBe(file.Id);
        shared.ParentReference!.DriveId.ShouldBe(driveId);
    }

    [Fact]
    public async Task SharesDriveItem_ByTenantHostUrlWithSpacesAsOfficeGivesIt_ResolvesTheFile()
    {
        var (_, file) = await UploadAsync("Plan de trabajo.docx");
        var path = Uri.UnescapeDataString(new Uri(file.WebUrl!).AbsolutePath);

        var shared = await _tenant.Graph.Shares[Encode($"https://contoso.sharepoint.com{path}")].DriveItem.GetAsync();

        shared!.Name.ShouldBe("Plan de trabajo.docx");
    }

    [Fact]
    public async Task SharesDriveItem_ExpandListItemFields_GivesFieldsToReadAndIdsToPatchWith()
    {
        var (_, file) = await UploadAsync("Notes.docx");

        var shared = await _tenant.Graph.Shares[Encode(file.WebUrl!)].DriveItem.GetAsync(r => r.QueryParameters.Expand = ["listItem($expand=fields)"]);
        var listItem = await _tenant.Graph.Shares[Encode(file.WebUrl!)].ListItem.GetAsync(r =>
        {
            r.QueryParameters.Expand = ["fields"];
            r.QueryParameters.Select = ["id", "sharepointIds", "contentType"];
        });

        shared!.ListItem!.Fields!.AdditionalData["FileLeafRef"].ShouldBe("Notes.docx");
        shared.ListItem.Fields.AdditionalData.ShouldContainKey("Title");
        shared.ListItem.ContentType!.Name.ShouldBe("Document");
        shared.ListItem.ContentType.Id.ShouldStartWith("0x0101");
        listItem!.Id.ShouldBe(shared.ListItem.Id);
        listItem.SharepointIds!.ListItemId.ShouldBe(listItem.Id);
        listItem.SharepointIds.ListId.ShouldNotBeNullOrEmpty();
        listItem.Fields!.AdditionalData["FileLeafRef"].ShouldBe("Notes.docx");
    }

    [Fact]
    public async Task SharesContent_GivesTheBytes()
    {
        var (_, file) = await UploadAsync("data.csv", "a,b\n1,2\n");

        var stream = await _tenant.Graph.Shares[Encode(file.WebUrl!)].DriveItem.Content.GetAsync();

        (await DriveTestData.ReadAllAsync(stream!)).ShouldBe("a,b\n1,2\n");
    }

    [Fact]
    public async Task Shares_UnknownFileForeignHostOrNotAUrl_Is404()
    {
        var (_, file) = await UploadAsync("x.docx");

        var missing = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Shares[Encode(file.WebUrl + "x")].DriveItem.GetAsync());
        var foreign = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Shares[Encode("https://fabrikam.sharepoint.com/Shared%20Documents/x.docx")].DriveItem.GetAsync());
        var token = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Shares["s!abc"].DriveItem.GetAsync());

        missing.ResponseStatusCode.ShouldBe(404);
        foreign.ResponseStatusCode.ShouldBe(404);
        token.ResponseStatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task ListItemDriveItem_GoesBackFromTheListItemToTheFile()
    {
        var (_, file) = await UploadAsync("Back.docx");
        var listItem = await _tenant.Graph.Shares[Encode(file.WebUrl!)].ListItem.GetAsync();

        var driveItem = await _tenant.Graph.Sites[file.ParentReference!.SiteId].Lists[listItem!.ParentReference!.Id].Items[listItem.Id].DriveItem.GetAsync();

        driveItem!.Id.ShouldBe(file.Id);
    }

    [Fact]
    public async Task ListItemDriveItemContent_GivesTheFilesBytes()
    {
        var (_, file) = await UploadAsync("minutes.txt", "agreed");
        var listItem = await _tenant.Graph.Shares[Encode(file.WebUrl!)].ListItem.GetAsync();

        var stream = await _tenant.Graph.Sites[file.ParentReference!.SiteId].Lists[listItem!.ParentReference!.Id].Items[listItem.Id].DriveItem.Content.GetAsync();

        (await DriveTestData.ReadAllAsync(stream!)).ShouldBe("agreed");
    }

    private async Task<(string DriveId, Microsoft.Graph.Models.DriveItem File)> UploadAsync(string name, string content = "content")
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("Share")}/{name}:"].Content.PutAsync(DriveTestData.Text(content));
        return (driveId, file!);
    }

    private static string Encode(string url) =>
        "u!" + Convert.ToBase64String(Encoding.UTF8.GetBytes(url)).TrimEnd('=').Replace('/', '_').Replace('+', '-');
}
