using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Tests.WebUi;

/// <summary>The CoP site's pages in Graph sitePage shape: Home (replacing the one the site got) and an article page.</summary>
internal static class CopPagesSeed
{
    public const string SvgLogo = "<svg xmlns='http://www.w3.org/2000/svg' width='320' height='120'><rect width='320' height='120' rx='8' fill='#038387'/>"
        + "<text x='24' y='72' font-size='36' fill='white' font-family='sans-serif'>Move better</text><script>parent.__pwned='svg'</script></svg>";

    public static async Task WriteAsync(TenantSession s, CopSiteSeed seed)
    {
        var home = (await s.FindByPropertyAsync(EntityKinds.Page, seed.SiteId, "name", "Home.aspx", default)).Single();
        var doc = home.CloneDocument();
        doc["canvasLayout"] = new JsonObject
        {
            ["horizontalSections"] = new JsonArray(
                Section("1", "oneThirdRightColumn", "none", Column("1", 8, Text(CopSiteSeed.HostileHtml.Replace("ALIAS", seed.Alias, StringComparison.Ordinal))),
                    Column("2", 4, Chart("column", "Members by city", CopSiteSeed.ChartData))),
                Section("2", "threeColumns", "soft",
                    Column("1", 4, Standard("c70391ea-0b10-4ee9-b2b4-006d3fcad0cd", "Quick links", new JsonObject { ["layoutId"] = "List" }, new JsonObject
                    {
                        ["searchablePlainTexts"] = new JsonArray(Pair("title", "Useful links"), Pair("items[0].title", "Initiatives"), Pair("items[1].title", "Mobility data portal")),
                        ["links"] = new JsonArray(Pair("items[0].sourceItem.url", $"{seed.SitePath}/Lists/Initiatives"), Pair("items[1].sourceItem.url", "https://data.example.org/mobility")),
                    })),
                    Column("2", 4, Standard("7f718435-ee4d-431c-bdbf-9c4ff326f46e", "People", new JsonObject
                    {
                        ["persons"] = new JsonArray(new JsonObject { ["id"] = "i:0#.f|membership|carol@contoso.local" }, new JsonObject { ["id"] = "i:0#.f|membership|mallory@contoso.local" }),
                    }, new JsonObject { ["searchablePlainTexts"] = new JsonArray(Pair("title", "Facilitators")) })),
                    Column("3", 4, Standard("d1d91016-032f-456d-98a4-721247c305e8", "Image", new JsonObject { ["altText"] = "Move better banner" }, new JsonObject
                    {
                        ["imageSources"] = new JsonArray(Pair("imageSource", "data:image/svg+xml;utf8," + Uri.EscapeDataString(SvgLogo))),
                        ["searchablePlainTexts"] = new JsonArray(Pair("captionText", "Our motto")),
                    }))),
                Section("3", "oneColumn", "none",
                    Column("1", 12, Standard("f92bf067-bc19-489e-a556-7fe95f508720", "List", new JsonObject { ["isDocumentLibrary"] = false, ["selectedListId"] = seed.ListId }, null),
                        Standard("e377ea37-9047-43b9-8cdb-a761be2f8e09", "Bing Maps", new JsonObject(), null)))),
        };
        await s.ReplaceAsync(EntityKinds.Page, seed.SiteId, home.Id, doc, null, default);

        var charterId = Guid.NewGuid().ToString();
        await s.InsertAsync(EntityKinds.Page, seed.SiteId, charterId, new JsonObject
        {
            ["id"] = charterId, ["name"] = "Charter.aspx", ["title"] = "Our charter", ["pageLayout"] = "article",
            ["publishingState"] = new JsonObject { ["level"] = "published", ["versionId"] = "1.0" },
            ["titleArea"] = new JsonObject { ["layout"] = "plain", ["showTextBlockAboveTitle"] = true, ["textAboveTitle"] = "Governance" },
            ["canvasLayout"] = new JsonObject
            {
                ["horizontalSections"] = new JsonArray(Section("1", "twoColumns", "none",
                    Column("1", 6, Chart("line", "Monthly participation", [("Jan", 10), ("Feb", 14), ("Mar", 9)])),
                    Column("2", 6, Chart("pie", "Members by unit", [("Transport", 6), ("Energy", 2), ("Fiscal", 0)])))),
            },
        }, default);
    }

    private static JsonObject Section(string id, string layout, string emphasis, params JsonObject[] columns) =>
        new() { ["id"] = id, ["layout"] = layout, ["emphasis"] = emphasis, ["columns"] = new JsonArray(columns) };

    private static JsonObject Column(string id, int width, params JsonObject[] webParts) =>
        new() { ["id"] = id, ["width"] = width, ["webparts"] = new JsonArray(webParts) };

    private static JsonObject Text(string html) =>
        new() { ["@odata.type"] = "#microsoft.graph.textWebPart", ["id"] = Guid.NewGuid().ToString(), ["innerHtml"] = html };

    private static JsonObject Chart(string type, string title, (string Label, double Value)[] data) => Standard("91a50c94-865f-4f5c-8b4e-e49659e69772", "Quick chart",
        new JsonObject
        {
            ["type"] = type, ["chartTitle"] = title,
            ["data"] = new JsonArray(data.Select((d, i) => (JsonNode)new JsonObject { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["label"] = d.Label, ["value"] = d.Value }).ToArray()),
        }, null);

    private static JsonObject Standard(string type, string title, JsonObject properties, JsonObject? processed) => new()
    {
        ["@odata.type"] = "#microsoft.graph.standardWebPart", ["id"] = Guid.NewGuid().ToString(), ["webPartType"] = type,
        ["data"] = new JsonObject { ["dataVersion"] = "1.0", ["title"] = title, ["properties"] = properties, ["serverProcessedContent"] = processed ?? new JsonObject() },
    };

    private static JsonObject Pair(string key, string value) => new() { ["key"] = key, ["value"] = value };
}
