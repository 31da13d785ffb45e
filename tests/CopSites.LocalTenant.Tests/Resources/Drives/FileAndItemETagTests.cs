using System.Text;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

/// <summary>The add-in reads a document's list item through /shares or the drive, then writes its fields through the list.</summary>
public sealed class FileAndItemETagTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public FileAndItemETagTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task ETagReadThroughDrive_IsAcceptedByListItemFieldsPatch_AndGoesStaleAfterIt()
    {
        var alias = "etag-" + Guid.NewGuid().ToString("N")[..6];
        var group = await _tenant.Graph.Groups.PostAsync(new Group { DisplayName = "ETag CoP", MailNickname = alias, GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false });
        var site = await _tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync();
        var drive = await _tenant.Graph.Sites[site!.Id].Drive.GetAsync();
        var file = await _tenant.Graph.Drives[drive!.Id].Items["root:/Checklist.docx:"].Content.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes("checklist")));
        var viaDrive = await _tenant.Graph.Drives[drive.Id].Items[file!.Id].ListItem.GetAsync();
        var list = await _tenant.Graph.Sites[site.Id].Lists["Documents"].GetAsync();

        await _tenant.Graph.Sites[site.Id].Lists[list!.Id].Items[viaDrive!.Id].Fields.PatchAsync(
            new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "Road safety checklist" } },
            r => r.Headers.Add("If-Match", viaDrive.ETag!));

        var stale = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site.Id].Lists[list.Id].Items[viaDrive.Id].Fields.PatchAsync(
            new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "Overwritten" } },
            r => r.Headers.Add("If-Match", viaDrive.ETag!)));
        stale.ResponseStatusCode.ShouldBe(412);
        var item = await _tenant.Graph.Sites[site.Id].Lists[list.Id].Items[viaDrive.Id].GetAsync(r => r.QueryParameters.Expand = ["fields"]);
        item!.Fields!.AdditionalData["Title"].ShouldBe("Road safety checklist");
    }
}
