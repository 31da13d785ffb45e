using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.SharePointRest;

/// <summary>
/// What the Office add-in relies on: Graph refuses managed-metadata writes as v1.0 does, SharePoint REST
/// ValidateUpdateListItem writes them (and keeps the hidden note field in step), and both APIs answer a task pane
/// on another origin with CORS headers.
/// </summary>
public sealed class TaxonomyWritesAndCorsTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public TaxonomyWritesAndCorsTests(TenantFixture tenant) => _tenant = tenant;

    private async Task<(RestTestSite Site, string ListId, string TermId, string ItemId)> LibraryWithTopicsAsync()
    {
        var site = await RestTestSite.CreateAsync(_tenant, "Procurement CoP");
        var store = $"v1.0/sites/{site.SiteId}/termStore";
        var group = await _tenant.SendAsync(HttpMethod.Post, $"{store}/groups", new { displayName = "CoPs " + Guid.NewGuid().ToString("N")[..6] });
        var set = await _tenant.SendAsync(HttpMethod.Post, $"{store}/groups/{group.Body!["id"]}/sets",
            new { localizedNames = new[] { new { name = "Topics", languageTag = "en-US" } } });
        var term = await _tenant.SendAsync(HttpMethod.Post, $"{store}/sets/{set.Body!["id"]}/children",
            new { labels = new[] { new { name = "Public procurement", languageTag = "en-US", isDefault = true } } });
        var list = await _tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{site.SiteId}/lists", new { displayName = "Toolkit", list = new { template = "documentLibrary" } });
        list.Status.ShouldBe(201, list.Body?.ToJsonString());
        var listId = list.Body!["id"]!.ToString();
        (await _tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{site.SiteId}/lists/{listId}/columns",
            new { name = "CopTopics", displayName = "Topics", term = new { allowMultipleValues = true, termSet = new { id = set.Body["id"]!.ToString() } } })).Status.ShouldBe(201);
        (await _tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{site.SiteId}/lists/{listId}/columns",
            new { name = "CopTopicsTaxHTField0", displayName = "Topics_0", hidden = true, text = new { allowMultipleLines = true } })).Status.ShouldBe(201);
        var drive = await _tenant.SendAsync(HttpMethod.Get, $"v1.0/sites/{site.SiteId}/lists/{listId}/drive");
        using var upload = new HttpRequestMessage(HttpMethod.Put, $"v1.0/drives/{drive.Body!["id"]}/items/root:/checklist.docx:/content")
        {
            Content = new StringContent("Checklist", Encoding.UTF8, "text/plain"),
        };
        (await _tenant.Http.SendAsync(upload)).IsSuccessStatusCode.ShouldBeTrue();
        return (site, listId, term.Body!["id"]!.ToString(), "1");
    }

    [Fact]
    public async Task GraphPatch_ManagedMetadataColumn_IsRefusedNamingTheSupportedRoute()
    {
        var (site, listId, termId, itemId) = await LibraryWithTopicsAsync();

        var patch = await _tenant.SendAsync(HttpMethod.Patch, $"v1.0/sites/{site.SiteId}/lists/{listId}/items/{itemId}/fields",
            new Dictionary<string, object> { ["CopTopics@odata.type"] = "Collection(Edm.String)", ["CopTopics"] = new[] { new { Label = "Public procurement", TermGuid = termId } } });

        patch.Status.ShouldBe(400);
        patch.Body!["error"]!["message"]!.ToString().ShouldContain("ValidateUpdateListItem");
    }

    [Fact]
    public async Task ValidateUpdateListItem_TermColumn_IsStoredAsGraphReadsItAndFillsTheNoteField()
    {
        var (site, listId, termId, itemId) = await LibraryWithTopicsAsync();

        var result = await site.SendAsync(HttpMethod.Post, $"web/lists(guid'{listId}')/items({itemId})/ValidateUpdateListItem()",
            new { formValues = new[] { new { FieldName = "CopTopics", FieldValue = $"Public procurement|{termId}" } }, bNewDocumentUpdate = false });

        result.Status.ShouldBe(200, result.Body?.ToJsonString());
        var outcome = result.Body!["value"]!.AsArray().Single()!;
        outcome["HasException"]!.GetValue<bool>().ShouldBeFalse();
        outcome["FieldName"]!.ToString().ShouldBe("CopTopics");
        var fields = (await _tenant.SendAsync(HttpMethod.Get, $"v1.0/sites/{site.SiteId}/lists/{listId}/items/{itemId}/fields")).Body!;
        fields["CopTopics"]!.AsArray().Single()!["Label"]!.ToString().ShouldBe("Public procurement");
        fields["CopTopics"]!.AsArray().Single()!["TermGuid"]!.ToString().ShouldBe(termId);
        fields["CopTopicsTaxHTField0"]!.ToString().ShouldBe($"Public procurement|{termId}");
    }

    [Fact]
    public async Task ValidateUpdateListItem_OneBadField_ReportsItAndSavesNothing()
    {
        var (site, listId, termId, itemId) = await LibraryWithTopicsAsync();

        var result = await site.SendAsync(HttpMethod.Post, $"web/lists(guid'{listId}')/items({itemId})/ValidateUpdateListItem()",
            new { formValues = new[] { new { FieldName = "Title", FieldValue = "New title" }, new { FieldName = "CopTopics", FieldValue = "no guid here" } } });

        result.Status.ShouldBe(200);
        var outcomes = result.Body!["value"]!.AsArray();
        outcomes[0]!["HasException"]!.GetValue<bool>().ShouldBeFalse();
        outcomes[1]!["HasException"]!.GetValue<bool>().ShouldBeTrue();
        outcomes[1]!["ErrorMessage"]!.ToString().ShouldContain("Label|TermGuid");
        var fields = (await _tenant.SendAsync(HttpMethod.Get, $"v1.0/sites/{site.SiteId}/lists/{listId}/items/{itemId}/fields")).Body!;
        fields["Title"]?.ToString().ShouldNotBe("New title");
        termId.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Preflight_FromTaskPaneOrigin_IsAllowedOnGraphAndRestButNotTheWebUi()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        foreach (var path in new[] { "v1.0/me", $"sites/{site.Alias}/_api/web" })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", "https://localhost:3000");
            preflight.Headers.Add("Access-Control-Request-Method", "PATCH");
            preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");
            using var answer = await new HttpClient { BaseAddress = _tenant.Http.BaseAddress }.SendAsync(preflight);

            ((int)answer.StatusCode).ShouldBe(200, path);
            answer.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("https://localhost:3000");
            answer.Headers.GetValues("Access-Control-Allow-Methods").Single().ShouldContain("PATCH");
            answer.Headers.GetValues("Access-Control-Allow-Headers").Single().ShouldContain("if-match");
        }

        using var get = new HttpRequestMessage(HttpMethod.Get, $"v1.0/sites/{site.SiteId}");
        get.Headers.Add("Origin", "https://localhost:3000");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tenant.Token);
        using var response = await new HttpClient { BaseAddress = _tenant.Http.BaseAddress }.SendAsync(get);
        response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("https://localhost:3000");
        response.Headers.GetValues("Access-Control-Expose-Headers").Single().ShouldContain("ETag");

        using var ui = new HttpRequestMessage(HttpMethod.Get, $"sites/{site.Alias}");
        ui.Headers.Add("Origin", "https://localhost:3000");
        using var page = await new HttpClient { BaseAddress = _tenant.Http.BaseAddress }.SendAsync(ui);
        page.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }
}
