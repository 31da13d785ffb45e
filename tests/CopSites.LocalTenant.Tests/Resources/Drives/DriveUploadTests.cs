using System.Text.Json.Nodes;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

public sealed class DriveUploadTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public DriveUploadTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task PutContent_ByRootPath_CreatesFileAndMissingFoldersWithFileFacets()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("Reports");

        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/2025/Charter draft.docx:"].Content.PutAsync(DriveTestData.Text("hello world"));

        file!.Name.ShouldBe("Charter draft.docx");
        file.Size.ShouldBe(11);
        file.File!.MimeType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        file.File.Hashes!.QuickXorHash.ShouldNotBeNullOrEmpty();
        file.ParentReference!.DriveId.ShouldBe(driveId);
        file.ParentReference.Path.ShouldBe($"/drives/{driveId}/root:/{folder}/2025");
        file.WebUrl.ShouldBe($"{_tenant.Host.BaseUrl}/Shared%20Documents/{folder}/2025/Charter%20draft.docx");
        file.ETag.ShouldNotBeNullOrEmpty();
        file.CTag.ShouldNotBeNullOrEmpty();
        file.CreatedBy!.User!.DisplayName.ShouldBe("Alice Moreno");
        file.AdditionalData["@microsoft.graph.downloadUrl"].ShouldNotBeNull();

        var parent = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}:"].GetAsync();
        parent!.Folder!.ChildCount.ShouldBe(1);
        parent.Size.ShouldBe(11);
    }

    [Fact]
    public async Task PutContent_ByParentIdAndName_EscapedAsTheSdkSendsIt_CreatesThenReplaces()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = await _tenant.Graph.Drives[driveId].Items["root"].Children.PostAsync(new DriveItem
        {
            Name = DriveTestData.UniqueFolder("Uploads"), Folder = new Folder(),
        });

        var created = await _tenant.Graph.Drives[driveId].Items[$"{folder!.Id}:/notes.txt:"].Content.PutAsync(DriveTestData.Text("v1"));
        var replaced = await _tenant.Graph.Drives[driveId].Items[$"{folder.Id}:/notes.txt:"].Content.PutAsync(DriveTestData.Text("version 2"));

        replaced!.Id.ShouldBe(created!.Id);
        replaced.Size.ShouldBe(9);
        replaced.CTag.ShouldNotBe(created.CTag);
        replaced.File!.MimeType.ShouldBe("text/plain");
        var children = await _tenant.Graph.Drives[driveId].Items[folder.Id].Children.GetAsync();
        children!.Value!.Select(c => c.Name).ShouldBe(["notes.txt"]);
    }

    [Fact]
    public async Task PutContent_ById_ReplacesBytesAndAnswers200()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("R")}/a.txt:"].Content.PutAsync(DriveTestData.Text("one"));

        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Put, $"v1.0/drives/{driveId}/items/{file!.Id}/content", configure: r =>
            r.Content = new StringContent("three", System.Text.Encoding.UTF8, "text/plain"));

        status.ShouldBe(200);
        body!["size"]!.GetValue<long>().ShouldBe(5);
        var stream = await _tenant.Graph.Drives[driveId].Items[file.Id].Content.GetAsync();
        (await DriveTestData.ReadAllAsync(stream!)).ShouldBe("three");
    }

    [Fact]
    public async Task PutContent_WithConflictBehaviorFailOrRename_RefusesOrPicksAFreeName()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var path = $"root%3A%2F{DriveTestData.UniqueFolder("C")}%2Fa.txt%3A";
        (await PutRawAsync($"v1.0/drives/{driveId}/items/{path}/content", "x")).Status.ShouldBe(201);

        var (failStatus, failBody, _) = await PutRawAsync($"v1.0/drives/{driveId}/items/{path}/content?@microsoft.graph.conflictBehavior=fail", "y");
        var (renameStatus, renameBody, _) = await PutRawAsync($"v1.0/drives/{driveId}/items/{path}/content?@microsoft.graph.conflictBehavior=rename", "z");

        failStatus.ShouldBe(409);
        failBody!["error"]!["code"]!.ToString().ShouldBe("nameAlreadyExists");
        renameStatus.ShouldBe(201);
        renameBody!["name"]!.ToString().ShouldBe("a 1.txt");
    }

    [Fact]
    public async Task PutContent_InBatch_AcceptsUnescapedPathAndParentIdForms()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("Batch");
        var first = await _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/first.txt:"].Content.PutAsync(DriveTestData.Text("1"));
        var batch = new
        {
            requests = new object[]
            {
                new { id = "1", method = "PUT", url = $"/drives/{driveId}/items/root:/{folder}/Sub/b.txt:/content", headers = new { @Content_Type = "text/plain" }, body = Convert.ToBase64String("bee"u8.ToArray()) },
                new { id = "2", method = "PUT", url = $"/drives/{driveId}/items/{first!.ParentReference!.Id}:/c.txt:/content", headers = new { @Content_Type = "text/plain" }, body = Convert.ToBase64String("sea"u8.ToArray()) },
            },
        };
        var json = System.Text.Json.JsonSerializer.Serialize(batch).Replace("Content_Type", "Content-Type");

        var (status, body, _) = await _tenant.SendAsync(HttpMethod.Post, "v1.0/$batch", json);

        status.ShouldBe(200);
        var responses = body!["responses"]!.AsArray().OrderBy(r => r!["id"]!.ToString()).ToList();
        responses.Select(r => r!["status"]!.GetValue<int>()).ShouldBe([201, 201]);
        responses[0]!["body"]!["parentReference"]!["path"]!.ToString().ShouldBe($"/drives/{driveId}/root:/{folder}/Sub");
        responses[1]!["body"]!["parentReference"]!["id"]!.ToString().ShouldBe(first.ParentReference.Id);
    }

    [Fact]
    public async Task PutContent_ThroughSdkBatch_CreatesFile()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var folder = DriveTestData.UniqueFolder("SdkBatch");
        var request = _tenant.Graph.Drives[driveId].Items[$"root:/{folder}/d.txt:"].Content.ToPutRequestInformation(DriveTestData.Text("dee"));
        var steps = new BatchRequestContentCollection(_tenant.Graph);
        var stepId = await steps.AddBatchRequestStepAsync(request);

        var responses = await _tenant.Graph.Batch.PostAsync(steps);

        var file = await responses.GetResponseByIdAsync<DriveItem>(stepId);
        file.Name.ShouldBe("d.txt");
        file.ParentReference!.Path.ShouldBe($"/drives/{driveId}/root:/{folder}");
    }

    [Fact]
    public async Task PutContent_UnderAFile_Is400AndUnknownParentId_Is404()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("F")}/a.txt:"].Content.PutAsync(DriveTestData.Text("a"));

        var underFile = await Should.ThrowAsync<ODataError>(() =>
            _tenant.Graph.Drives[driveId].Items[$"{file!.Id}:/b.txt:"].Content.PutAsync(DriveTestData.Text("b")));
        var unknownParent = await Should.ThrowAsync<ODataError>(() =>
            _tenant.Graph.Drives[driveId].Items["01NOSUCHITEM:/b.txt:"].Content.PutAsync(DriveTestData.Text("b")));

        underFile.ResponseStatusCode.ShouldBe(400);
        unknownParent.ResponseStatusCode.ShouldBe(404);
        unknownParent.Error!.Code.ShouldBe("itemNotFound");
    }

    private Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PutRawAsync(string url, string text) =>
        _tenant.SendAsync(HttpMethod.Put, url, configure: r => r.Content = new StringContent(text));
}
