using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Tests.WebUi;

public sealed class CanvasLayoutTests : IClassFixture<WebUiFixture>
{
    private readonly WebUiFixture _ui;

    public CanvasLayoutTests(WebUiFixture ui) => _ui = ui;

    [Fact]
    public async Task Page_WithoutColumnWidths_UsesTheSectionLayoutAndPutsTheVerticalSectionBeside()
    {
        await SeedPageAsync("Layout.aspx", new JsonObject
        {
            ["horizontalSections"] = new JsonArray(
                Section("oneThirdLeftColumn", "neutral", Text("left"), Text("right")),
                Section("threeColumns", "none", Text("one"), Text("two"), Text("three"))),
            ["verticalSection"] = new JsonObject { ["emphasis"] = "soft", ["webparts"] = new JsonArray(Text("aside")) },
        }, "draft");

        var (status, html, _) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}/SitePages/Layout.aspx");

        status.ShouldBe(200);
        html.ShouldContain("<section class=\"cs-section neutral\" data-layout=\"oneThirdLeftColumn\"><div class=\"cs-grid\"><div class=\"cs-col\" style=\"grid-column: span 4\"><div class=\"cs-webpart cs-text\"><p>left</p></div></div><div class=\"cs-col\" style=\"grid-column: span 8\">");
        html.Split("grid-column: span 4").Length.ShouldBe(1 + 1 + 3);
        html.ShouldContain("<aside class=\"canvas-vertical cs-section soft\"><div class=\"cs-webpart cs-text\"><p>aside</p></div></aside>");
        html.ShouldContain("Draft: this page is not published (draft)");
    }

    [Fact]
    public async Task Page_WithMalformedWebParts_RendersWhatItCan()
    {
        await SeedPageAsync("Odd.aspx", new JsonObject
        {
            ["horizontalSections"] = new JsonArray(Section("oneColumn", "strong",
                new JsonObject { ["id"] = "1", ["innerHtml"] = "<p>no odata type</p>" },
                new JsonObject { ["@odata.type"] = "#microsoft.graph.standardWebPart", ["webPartType"] = "91a50c94-865f-4f5c-8b4e-e49659e69772", ["data"] = new JsonObject { ["properties"] = new JsonObject { ["data"] = new JsonArray(new JsonObject { ["label"] = "x", ["value"] = "not a number" }, "junk") } } },
                new JsonObject { ["@odata.type"] = "#microsoft.graph.standardWebPart", ["webPartType"] = "f92bf067-bc19-489e-a556-7fe95f508720", ["data"] = new JsonObject { ["title"] = "List", ["properties"] = new JsonObject { ["selectedListId"] = Guid.NewGuid().ToString() } } },
                new JsonObject { ["@odata.type"] = "#microsoft.graph.standardWebPart", ["webPartType"] = "d1d91016-032f-456d-98a4-721247c305e8", ["data"] = new JsonObject { ["title"] = "Image", ["serverProcessedContent"] = new JsonObject { ["imageSources"] = new JsonObject { ["imageSource"] = "https://evil.example/pixel.gif" } } } },
                new JsonObject { ["@odata.type"] = "#microsoft.graph.standardWebPart" },
                JsonValue.Create("not an object")!)),
        }, "published");

        var (status, html, _) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}/SitePages/Odd.aspx");

        status.ShouldBe(200);
        html.ShouldContain("<p>no odata type</p>");
        html.ShouldContain("data-label=\"x\" data-value=\"0\"");
        html.ShouldContain("The list this web part shows no longer exists.");
        html.ShouldContain("The image is not on this tenant, so it is not loaded.");
        html.ShouldNotContain("evil.example");
        html.ShouldContain("<section class=\"cs-section strong\"");
    }

    [Fact]
    public async Task SitePagesLibrary_ListsThePagesWithLinks()
    {
        var (status, html, _) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}/SitePages");

        status.ShouldBe(200);
        html.ShouldContain($"<a href=\"/sites/{_ui.Cop.Alias}/SitePages/Home.aspx\">Home.aspx</a>");
        html.ShouldContain($"<a href=\"/sites/{_ui.Cop.Alias}/SitePages/Charter.aspx\">Charter.aspx</a>");
    }

    private async Task SeedPageAsync(string name, JsonObject canvas, string level)
    {
        var id = Guid.NewGuid().ToString();
        await _ui.Tenant.Host.Database.WriteAsync(s => s.InsertAsync(EntityKinds.Page, _ui.Cop.SiteId, id, new JsonObject
        {
            ["id"] = id, ["name"] = name, ["title"] = name, ["pageLayout"] = "article", ["canvasLayout"] = canvas,
            ["publishingState"] = new JsonObject { ["level"] = level, ["versionId"] = "0.1" },
        }, default), CancellationToken.None);
    }

    private static JsonObject Section(string layout, string emphasis, params JsonNode[] webParts) => new()
    {
        ["layout"] = layout, ["emphasis"] = emphasis,
        ["columns"] = layout == "oneColumn"
            ? new JsonArray(new JsonObject { ["webparts"] = new JsonArray(webParts) })
            : new JsonArray(webParts.Select(w => (JsonNode)new JsonObject { ["webparts"] = new JsonArray(w) }).ToArray()),
    };

    private static JsonObject Text(string text) => new() { ["@odata.type"] = "#microsoft.graph.textWebPart", ["innerHtml"] = $"<p>{text}</p>" };
}
