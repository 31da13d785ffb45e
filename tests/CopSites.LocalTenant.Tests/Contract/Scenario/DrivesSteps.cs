using System.Text;
using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>Knowledge products in the Documents library: a folder, an upload, downloads, renames, the file's list item and sharing links.</summary>
internal static class DrivesSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var g = s.Graph;
        var site = g.Sites[s.SiteId];
        s.DriveId = (await site.Drive.GetAsync())!.Id!;
        await site.Drives.GetAsync();
        await site.Drives[s.DriveId].GetAsync();
        var drive = g.Drives[s.DriveId];
        await drive.GetAsync();
        await drive.Root.GetAsync();

        var folder = await drive.Items["root"].Children.PostAsync(new DriveItem { Name = "Knowledge products", Folder = new Folder() });
        var carol = s.As("carol");
        var file = await carol.Drives[s.DriveId].Items["root:/Knowledge products/BRT guide.txt:"].Content.PutAsync(Text("Bus rapid transit, a practitioner's guide"));
        s.FileId = file!.Id!;
        await g.RootChildrenAsync(s.DriveId);
        await drive.Items[folder!.Id].Children.GetAsync();
        await drive.Items[folder.Id].Children[s.FileId].GetAsync();
        await drive.Items[s.FileId].GetAsync(r => r.QueryParameters.Expand = ["listItem($expand=fields)"]);
        await using (var bytes = await drive.Items[s.FileId].Content.GetAsync())
        {
            bytes.ShouldNotBeNull();
        }

        var renamed = await drive.Items[s.FileId].PatchAsync(new DriveItem { Name = "BRT guide 2024.txt" });
        s.FileWebUrl = renamed!.WebUrl!;
        await carol.Drives[s.DriveId].Items[s.FileId].Content.PutAsync(Text("Second edition"));

        var listItem = await drive.Items[s.FileId].ListItem.GetAsync(r => r.QueryParameters.Expand = ["fields"]);
        s.DocumentsListId = listItem!.ParentReference!.Id!;
        s.FileListItemId = listItem.Id!;
        var documents = site.Lists[s.DocumentsListId];
        await documents.Drive.GetAsync();
        await documents.Items[s.FileListItemId].DriveItem.GetAsync();
        (await documents.Items[s.FileListItemId].DriveItem.Content.GetAsync())!.Dispose();

        var share = g.Shares[Encode(s.FileWebUrl)];
        await share.DriveItem.GetAsync();
        (await share.DriveItem.Content.GetAsync())!.Dispose();
        await share.ListItem.GetAsync(r => r.QueryParameters.Expand = ["fields"]);

        var stray = await drive.Items["root:/Knowledge products/draft.txt:"].Content.PutAsync(Text("draft"));
        await drive.Items[stray!.Id].DeleteAsync();
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Encode(string url) =>
        "u!" + Convert.ToBase64String(Encoding.UTF8.GetBytes(url)).TrimEnd('=').Replace('/', '_').Replace('+', '-');
}
