using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.SharePointRest;

public sealed class SitePagesTests : IClassFixture<TenantFixture>
{
    private const string QuickChart = "91a50c94-865f-4f5c-8b4e-e49659e69772";
    private const string ListWebPart = "f92bf067-bc19-489e-a556-7fe95f508720";

    private readonly TenantFixture _tenant;

    public SitePagesTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task QuickChartPage_CreatedSavedPublishedViaRest_IsStoredAsGraphSitePage()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var created = await site.SendAsync(HttpMethod.Post, "sitepages/pages",
            new Dictionary<string, object> { ["__metadata"] = new { type = "SP.Publishing.SitePage" }, ["PageLayoutType"] = "Article", ["Title"] = "Water indicators" },
            RestTestSite.Verbose);
        created.Status.ShouldBe(201);
        var id = created.Body!["d"]!["Id"]!.GetValue<int>();
        var uniqueId = created.Body["d"]!["UniqueId"]!.ToString();
        created.Body["d"]!["FileName"]!.ToString().ShouldBe("Water-indicators.aspx");

        var save = await site.SendAsync(HttpMethod.Post, $"sitepages/pages({id})/savepageasdraft", new { CanvasContent1 = Canvas(), Title = "Water indicators" });
        var publish = await site.SendAsync(HttpMethod.Post, $"sitepages/pages({id})/publish");

        save.Status.ShouldBe(200);
        save.Body!["value"]!.GetValue<bool>().ShouldBeTrue();
        publish.Status.ShouldBe(200);
        var stored = await StoredPageAsync(site.SiteId, uniqueId);
        stored["name"]!.ToString().ShouldBe("Water-indicators.aspx");
        stored["publishingState"]!["level"]!.ToString().ShouldBe("published");
        stored["publishingState"]!["versionId"]!.ToString().ShouldBe("1.0");
        var section = stored["canvasLayout"]!["horizontalSections"]![0]!;
        section["layout"]!.ToString().ShouldBe("twoColumns");
        section["emphasis"]!.ToString().ShouldBe("soft");
        var text = section["columns"]![0]!["webparts"]![0]!;
        text["@odata.type"]!.ToString().ShouldBe("#microsoft.graph.textWebPart");
        text["innerHtml"]!.ToString().ShouldBe("<h2>Coverage</h2>");
        var chart = section["columns"]![1]!["webparts"]![0]!;
        chart["@odata.type"]!.ToString().ShouldBe("#microsoft.graph.standardWebPart");
        chart["webPartType"]!.ToString().ShouldBe(QuickChart);
        chart["data"]!["properties"]!["type"]!.ToString().ShouldBe("bar");
        chart["data"]!["properties"]!["data"]![1]!["label"]!.ToString().ShouldBe("2024");
        chart["data"]!["serverProcessedContent"]!["searchablePlainTexts"]![0]!["key"]!.ToString().ShouldBe("title");
        var list = stored["canvasLayout"]!["horizontalSections"]![1]!["columns"]![0]!["webparts"]![0]!;
        list["webPartType"]!.ToString().ShouldBe(ListWebPart);
    }

    [Fact]
    public async Task RestPage_ReadBack_KeepsWebPartsPositionsAndUnknownWebParts()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var unknown = "0c8b8c2e-0000-4000-8000-00000000abcd";
        var canvas = new JsonArray(
            Control(3, unknown, 1, 1, 12, new JsonObject { ["anything"] = 42 }),
            new JsonObject { ["controlType"] = 0, ["pageSettingsSlice"] = new JsonObject { ["isDefaultDescription"] = true } });
        var created = await site.SendAsync(HttpMethod.Post, "sitepages/pages", new { PageLayoutType = "Article", FileName = "custom" });
        var id = created.Body!["Id"]!.GetValue<int>();

        await site.SendAsync(HttpMethod.Post, $"sitepages/pages({id})/savepage", new { CanvasContent1 = canvas.ToJsonString() });
        var read = await site.SendAsync(HttpMethod.Get, $"sitepages/pages({id})");

        read.Status.ShouldBe(200);
        read.Body!["FileName"]!.ToString().ShouldBe("custom.aspx");
        read.Body["IsPageCheckedOutToCurrentUser"]!.GetValue<bool>().ShouldBeTrue();
        var controls = JsonNode.Parse(read.Body["CanvasContent1"]!.ToString())!.AsArray();
        var part = controls.Single(c => c!["controlType"]?.GetValue<int>() == 3)!;
        part["webPartId"]!.ToString().ShouldBe(unknown);
        part["webPartData"]!["properties"]!["anything"]!.GetValue<int>().ShouldBe(42);
        part["position"]!["sectionFactor"]!.GetValue<int>().ShouldBe(12);
    }

    [Fact]
    public async Task GraphCreatedHomePage_ReadViaRest_HasIntIdGuidUniqueIdAndCanvasContent1()
    {
        var site = await RestTestSite.CreateAsync(_tenant, "Energy CoP");

        var pages = await site.SendAsync(HttpMethod.Get, "sitepages/pages?$filter=FileName eq 'Home.aspx'");
        var home = pages.Body!["value"]!.AsArray().Single()!;
        var byId = await site.SendAsync(HttpMethod.Get, $"sitepages/pages({home["Id"]})");
        var byUrl = await site.SendAsync(HttpMethod.Get, "sitepages/pages/GetByUrl('SitePages/Home.aspx')");

        home["Id"]!.GetValueKind().ShouldBe(System.Text.Json.JsonValueKind.Number);
        Guid.TryParse(home["UniqueId"]!.ToString(), out _).ShouldBeTrue();
        (await StoredPageAsync(site.SiteId, home["UniqueId"]!.ToString()))["name"]!.ToString().ShouldBe("Home.aspx");
        var text = JsonNode.Parse(byId.Body!["CanvasContent1"]!.ToString())!.AsArray().First()!;
        text["controlType"]!.GetValue<int>().ShouldBe(4);
        text["innerHTML"]!.ToString().ShouldContain("Energy CoP");
        byUrl.Body!["UniqueId"]!.ToString().ShouldBe(home["UniqueId"]!.ToString());
        byId.Body["IsWebWelcomePage"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Pages_UnknownIdIs404_DuplicateNameIs409_BadCanvasIs400()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        var created = await site.SendAsync(HttpMethod.Post, "sitepages/pages", new { PageLayoutType = "Article", Title = "About" });

        var missing = await site.SendAsync(HttpMethod.Get, "sitepages/pages(999999)");
        var duplicate = await site.SendAsync(HttpMethod.Post, "sitepages/pages", new { PageLayoutType = "Article", Title = "About" });
        var bad = await site.SendAsync(HttpMethod.Post, $"sitepages/pages({created.Body!["Id"]})/savepage", new { CanvasContent1 = "[{not json" });

        missing.Status.ShouldBe(404);
        missing.Body!["odata.error"]!["code"]!.ToString().ShouldEndWith("Microsoft.SharePoint.SPException");
        duplicate.Status.ShouldBe(409);
        bad.Status.ShouldBe(400);
        bad.Body!["odata.error"]!["code"]!.ToString().ShouldBe("-2147024809, System.ArgumentException");
    }

    private async Task<JsonObject> StoredPageAsync(string siteId, string pageId) =>
        // The Graph pages routes live in another family; the stored sitePage JSON is the shared contract.
        (await _tenant.Host.Database.ReadAsync(s => s.GetAsync(EntityKinds.Page, siteId, pageId, CancellationToken.None), CancellationToken.None))!.Document;

    private static string Canvas()
    {
        var text = new JsonObject
        {
            ["controlType"] = 4,
            ["id"] = Guid.NewGuid().ToString(),
            ["position"] = new JsonObject { ["zoneIndex"] = 1, ["sectionIndex"] = 1, ["sectionFactor"] = 6, ["controlIndex"] = 1 },
            ["emphasis"] = new JsonObject { ["zoneEmphasis"] = 2 },
            ["innerHTML"] = "<h2>Coverage</h2>",
        };
        var chart = Control(3, QuickChart, 1, 2, 6, new JsonObject
        {
            ["type"] = "bar",
            ["data"] = new JsonArray(
                new JsonObject { ["id"] = "1", ["label"] = "2023", ["value"] = 61 },
                new JsonObject { ["id"] = "2", ["label"] = "2024", ["value"] = 67 }),
        });
        chart["emphasis"] = new JsonObject { ["zoneEmphasis"] = 2 };
        var list = Control(3, ListWebPart, 2, 1, 12, new JsonObject { ["isDocumentLibrary"] = false, ["selectedListId"] = Guid.NewGuid().ToString() });
        return new JsonArray(text, chart, list).ToJsonString();
    }

    private static JsonObject Control(int type, string webPartId, int zone, int column, int factor, JsonObject properties)
    {
        var instance = Guid.NewGuid().ToString();
        return new JsonObject
        {
            ["controlType"] = type,
            ["id"] = instance,
            ["webPartId"] = webPartId,
            ["position"] = new JsonObject { ["zoneIndex"] = zone, ["sectionIndex"] = column, ["sectionFactor"] = factor, ["controlIndex"] = 1 },
            ["webPartData"] = new JsonObject
            {
                ["id"] = webPartId,
                ["instanceId"] = instance,
                ["title"] = "Part",
                ["dataVersion"] = "1.0",
                ["properties"] = properties,
                ["serverProcessedContent"] = new JsonObject { ["searchablePlainTexts"] = new JsonObject { ["title"] = "Access to water" } },
            },
        };
    }
}
