using System.Text.Json.Nodes;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Pages;

public sealed class CanvasLayoutTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public CanvasLayoutTests(TenantFixture tenant) => _tenant = tenant;

    [Theory]
    [InlineData(PageTestData.QuickChart, "Quick Chart")]
    [InlineData(PageTestData.ListWebPart, "List")]
    public async Task PostPage_StrictMode_RefusesWebPartsGraphDoesNotCreate(string webPartType, string name)
    {
        var siteId = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;

        var error = await Should.ThrowAsync<ODataError>(() =>
            _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(PageTestData.UniqueName("strict"), webPartType)));

        error.ResponseStatusCode.ShouldBe(400);
        error.Error!.Message!.ShouldContain(name);
    }

    [Fact]
    public async Task PostPage_LenientMode_AcceptsQuickChart()
    {
        var lenient = new TenantFixture(new LocalTenantOptions { StrictWebParts = false });
        await lenient.InitializeAsync();
        try
        {
            var siteId = (await lenient.Graph.Sites["root"].GetAsync())!.Id;

            var page = await lenient.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(PageTestData.UniqueName("lenient"), PageTestData.QuickChart));
            var parts = await lenient.Graph.Sites[siteId].Pages[page!.Id].GraphSitePage.WebParts.GetAsync();

            parts!.Value!.OfType<StandardWebPart>().Single().WebPartType.ShouldBe(PageTestData.QuickChart);
        }
        finally
        {
            await lenient.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("""{"horizontalSections":[{"layout":"fourColumns","columns":[{"width":12}]}]}""", "layout")]
    [InlineData("""{"horizontalSections":[{"layout":"twoColumns","columns":[{"width":8},{"width":5}]}]}""", "13")]
    [InlineData("""{"horizontalSections":[{"layout":"oneColumn","columns":[{"width":0}]}]}""", "width")]
    [InlineData("""{"horizontalSections":[{"layout":"oneColumn","emphasis":"loud","columns":[{"width":12}]}]}""", "emphasis")]
    [InlineData("""{"horizontalSections":[{"layout":"oneColumn","columns":[{"width":12,"webparts":[{"id":"x"}]}]}]}""", "textWebPart")]
    [InlineData("""{"horizontalSections":[{"layout":"oneColumn","columns":[{"width":12,"webparts":[{"webPartType":"not-a-guid"}]}]}]}""", "GUID")]
    [InlineData("""{"verticalSection":{"emphasis":"soft","webparts":[{"webPartType":"c70391ea-0b10-4ee9-b2b4-006d3fcad0cd"}]},"horizontalSections":{}}""", "array")]
    public async Task PostPage_BrokenCanvas_Is400Saying(string canvasLayout, string reason)
    {
        var siteId = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;
        var body = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.sitePage",
            ["name"] = PageTestData.UniqueName("broken"),
            ["canvasLayout"] = JsonNode.Parse(canvasLayout),
        };

        var (status, error, _) = await _tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{siteId}/pages", body.ToJsonString());

        status.ShouldBe(400);
        error!["error"]!["message"]!.ToString().ShouldContain(reason);
    }

    [Fact]
    public async Task PostPage_DocsShapedWebPartsWithoutODataType_AreTypedByShape_AndVerticalSectionIsKept()
    {
        var siteId = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;
        var body = JsonNode.Parse($$"""
            {
              "@odata.type": "#microsoft.graph.sitePage", "name": "{{PageTestData.UniqueName("docs")}}", "title": "From the docs",
              "canvasLayout": {
                "horizontalSections": [ { "layout": "oneColumn", "id": "1", "emphasis": "soft",
                  "columns": [ { "id": "1", "width": 12, "webparts": [ { "id": "6f9230af-2a98-4952-b205-9ede4f9ef548", "innerHtml": "<p><b>Hello!</b></p>" } ] } ] } ],
                "verticalSection": { "emphasis": "neutral", "webparts": [ { "webPartType": "2161a1c6-db61-4731-b97c-3cdb303f7cbb", "data": { "title": "Divider" } } ] }
              }
            }
            """)!;

        var (status, created, _) = await _tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{siteId}/pages", body.ToJsonString());
        var canvas = await _tenant.Graph.Sites[siteId].Pages[created!["id"]!.ToString()].GraphSitePage.CanvasLayout.GetAsync();
        var parts = await _tenant.Graph.Sites[siteId].Pages[created["id"]!.ToString()].GraphSitePage.WebParts.GetAsync();

        status.ShouldBe(201);
        canvas!.HorizontalSections!.Single().Emphasis.ShouldBe(SectionEmphasisType.Soft);
        canvas.VerticalSection!.Emphasis.ShouldBe(SectionEmphasisType.Neutral);
        parts!.Value!.Select(p => p.GetType().Name).ShouldBe(["TextWebPart", "StandardWebPart"]);
        parts.Value![0].Id.ShouldBe("6f9230af-2a98-4952-b205-9ede4f9ef548");
    }

    [Fact]
    public async Task GetPage_ByNamespaceCastAndEscapedSiteId_IsTheSamePage()
    {
        var site = (await _tenant.Graph.Sites["root"].GetAsync())!;
        var page = await _tenant.Graph.Sites[site.Id].Pages.PostAsync(PageTestData.TwoColumnPage(PageTestData.UniqueName("cast")));

        var (status, json, _) = await _tenant.SendAsync(HttpMethod.Get,
            $"v1.0/sites/{Uri.EscapeDataString(site.Id!)}/pages/{page!.Id}/microsoft.graph.sitePage?$expand=canvasLayout");

        status.ShouldBe(200);
        json!["@odata.type"]!.ToString().ShouldBe("#microsoft.graph.sitePage");
        json["canvasLayout"]!["horizontalSections"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task PatchPage_BrokenCanvas_Is400AndLeavesThePageAsItWas()
    {
        var siteId = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;
        var page = await _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(PageTestData.UniqueName("keep")));

        var (status, _, _) = await _tenant.SendAsync(HttpMethod.Patch, $"v1.0/sites/{siteId}/pages/{page!.Id}/microsoft.graph.sitePage",
            """{"@odata.type":"#microsoft.graph.sitePage","title":"changed","canvasLayout":{"horizontalSections":[{"layout":"oneColumn","columns":[{"width":13}]}]}}""");
        var after = await _tenant.Graph.Sites[siteId].Pages[page.Id].GetAsync();

        status.ShouldBe(400);
        after!.Title.ShouldBe("Community charter");
        after.PublishingState!.VersionId.ShouldBe("0.1");
    }
}
