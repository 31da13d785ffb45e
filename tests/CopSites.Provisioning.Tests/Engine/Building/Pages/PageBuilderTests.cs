using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Building.Pages;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Engine.Building.Pages;

public class PageBuilderTests
{
    private static BuiltResource Page(string page, IReadOnlyDictionary<string, string>? parameters = null, string path = "t.xml") =>
        BuildTesting.Build(new PageBuilder(), BuildTesting.Context(BuildTesting.Template($"<pnp:ClientSidePages>{page}</pnp:ClientSidePages>", path), parameters: parameters))
            .ShouldHaveSingleItem();

    private static string Text(string html, int column = 1, int order = 1, string? id = null) =>
        $"""<pnp:CanvasControl WebPartType="Text" {(id is null ? "" : $"ControlId=\"{id}\" ")}Order="{order}" Column="{column}"><pnp:CanvasControlProperties><pnp:CanvasControlProperty Key="Text" Value="{html}" /></pnp:CanvasControlProperties></pnp:CanvasControl>""";

    private static string Section(string type, string controls, string extra = "") =>
        $"""<pnp:Section Type="{type}"{extra}><pnp:Controls>{controls}</pnp:Controls></pnp:Section>""";

    private static JsonObject Canvas(BuiltResource page) => page.Resource.Properties["canvasLayout"]!.AsObject();

    [Theory]
    [InlineData("OneColumn", "oneColumn", new[] { 12 })]
    [InlineData("OneColumnFullWidth", "fullWidth", new[] { 0 })]
    [InlineData("TwoColumn", "twoColumns", new[] { 6, 6 })]
    [InlineData("ThreeColumn", "threeColumns", new[] { 4, 4, 4 })]
    [InlineData("TwoColumnLeft", "oneThirdRightColumn", new[] { 8, 4 })]
    [InlineData("TwoColumnRight", "oneThirdLeftColumn", new[] { 4, 8 })]
    public void Section_LayoutAndColumnWidths_FollowGraph(string pnpType, string layout, int[] widths)
    {
        var built = Page($"""<pnp:ClientSidePage PageName="P"><pnp:Sections>{Section(pnpType, Text("&lt;p&gt;x&lt;/p&gt;"))}</pnp:Sections></pnp:ClientSidePage>""");

        built.TokenErrors.ShouldBeEmpty();
        var section = Canvas(built)["horizontalSections"]![0]!;
        section["layout"]!.GetValue<string>().ShouldBe(layout);
        section["id"]!.GetValue<string>().ShouldBe("1");
        section["columns"]!.AsArray().Select(c => c!["width"]!.GetValue<int>()).ShouldBe(widths);
    }

    [Fact]
    public void Page_PropertiesAndCreateOnly_AreGraphSitePage()
    {
        var built = Page("""<pnp:ClientSidePage PageName="Home" Title="{parameter:Name}" Layout="Home" Publish="true" EnableComments="false" PromoteAsNewsArticle="false"><pnp:Sections /></pnp:ClientSidePage>""",
            new Dictionary<string, string> { ["Name"] = "Urban Mobility" });

        built.TokenErrors.ShouldBeEmpty();
        built.Level.ShouldBe(5);
        built.Resource.Key.ShouldBe(new ResourceKey(ResourceKind.Page, "Home.aspx"));
        built.Resource.PreserveEdits.ShouldBeTrue();
        var p = built.Resource.Properties;
        p["title"]!.GetValue<string>().ShouldBe("Urban Mobility");
        p["pageLayout"]!.GetValue<string>().ShouldBe("home");
        p["showComments"]!.GetValue<bool>().ShouldBeFalse();
        p["promotionKind"]!.GetValue<string>().ShouldBe("page");
        p["publishingState"]!["level"]!.GetValue<string>().ShouldBe("published");
        JsonNode.DeepEquals(built.Resource.CreateOnly, JsonNode.Parse("""{"@odata.type":"#microsoft.graph.sitePage","name":"Home.aspx"}""")).ShouldBeTrue();
    }

    [Fact]
    public void Page_OverwriteFalse_IsCreateOnly()
    {
        var built = Page($"""<pnp:ClientSidePage PageName="Usage.aspx" Title="Usage" Overwrite="false"><pnp:Sections>{Section("OneColumn", Text("x"))}</pnp:Sections></pnp:ClientSidePage>""");

        built.Resource.Properties.Count.ShouldBe(0);
        built.Resource.CreateOnly["title"]!.GetValue<string>().ShouldBe("Usage");
        built.Resource.CreateOnly["canvasLayout"].ShouldNotBeNull();
        built.Resource.CreateOnly["name"]!.GetValue<string>().ShouldBe("Usage.aspx");
    }

    [Fact]
    public void TextWebPart_HtmlParametersGoInAsIs_OtherTokensAreEncoded()
    {
        var built = Page($"""<pnp:ClientSidePage PageName="P"><pnp:Sections>{Section("OneColumn", Text("&lt;h2&gt;{parameter:Title}&lt;/h2&gt;{parameter:BodyHtml}&lt;a href=&quot;{site}/x&quot;&gt;go&lt;/a&gt;", id: "1549eb6e-9083-50ed-a903-62e5d11cb2ee"))}</pnp:Sections></pnp:ClientSidePage>""",
            new Dictionary<string, string> { ["Title"] = "R&D <now>", ["BodyHtml"] = "<p>Tom &amp; Jerry</p>" });

        built.TokenErrors.ShouldBeEmpty();
        var part = Canvas(built)["horizontalSections"]![0]!["columns"]![0]!["webparts"]![0]!;
        part["@odata.type"]!.GetValue<string>().ShouldBe("#microsoft.graph.textWebPart");
        part["id"]!.GetValue<string>().ShouldBe("1549eb6e-9083-50ed-a903-62e5d11cb2ee");
        part["innerHtml"]!.GetValue<string>().ShouldBe("<h2>R&amp;D &lt;now&gt;</h2><p>Tom &amp; Jerry</p><a href=\"/sites/cop/x\">go</a>");
    }

    [Fact]
    public void WebParts_WithoutControlId_GetIdsStableAcrossRunsAndDistinctByPosition()
    {
        var page = $"""<pnp:ClientSidePage PageName="P"><pnp:Sections>{Section("TwoColumn", Text("a") + Text("b", order: 2) + Text("c", column: 2))}</pnp:Sections></pnp:ClientSidePage>""";

        var first = Page(page);
        var second = Page(page);

        JsonNode.DeepEquals(first.Resource.Properties, second.Resource.Properties).ShouldBeTrue();
        var ids = Canvas(first)["horizontalSections"]![0]!["columns"]!.AsArray()
            .SelectMany(c => c!["webparts"]!.AsArray()).Select(w => w!["id"]!.GetValue<string>()).ToList();
        ids.Count.ShouldBe(3);
        ids.Distinct().Count().ShouldBe(3);
        ids.Select(Guid.Parse).ShouldNotContain(Guid.Empty);
    }

    [Fact]
    public void StandardWebPart_NameMapsToComponentIdAndJsonTokensAreEscaped()
    {
        const string data = "{&quot;dataVersion&quot;:&quot;2.2&quot;,&quot;title&quot;:&quot;Links&quot;,&quot;serverProcessedContent&quot;:{&quot;searchablePlainTexts&quot;:{&quot;title&quot;:&quot;{parameter:Label}&quot;},&quot;links&quot;:{&quot;baseUrl&quot;:&quot;{site}&quot;}},&quot;properties&quot;:{&quot;layoutId&quot;:&quot;Grid&quot;,&quot;caption&quot;:&quot;{parameter:Label}&quot;}}";
        var built = Page($"""<pnp:ClientSidePage PageName="P"><pnp:Sections>{Section("OneColumn", $"<pnp:CanvasControl WebPartType=\"QuickLinks\" ControlId=\"da3d20ee-0bd3-51f9-bbd2-8398fbc26875\" Column=\"1\" JsonControlData=\"{data}\" />")}</pnp:Sections></pnp:ClientSidePage>""",
            new Dictionary<string, string> { ["Label"] = "Say \"hi\"" });

        built.TokenErrors.ShouldBeEmpty();
        var part = Canvas(built)["horizontalSections"]![0]!["columns"]![0]!["webparts"]![0]!;
        JsonNode.DeepEquals(part, JsonNode.Parse("""
            {"@odata.type":"#microsoft.graph.standardWebPart","id":"da3d20ee-0bd3-51f9-bbd2-8398fbc26875","webPartType":"c70391ea-0b10-4ee9-b2b4-006d3fcad0cd",
             "data":{"dataVersion":"2.2","title":"Links","properties":{"layoutId":"Grid","caption":"Say \"hi\""},
               "serverProcessedContent":{"htmlStrings":[],"searchablePlainTexts":[{"key":"title","value":"Say \"hi\""}],"imageSources":[],"links":[{"key":"baseUrl","value":"/sites/cop"}]}}}
            """)).ShouldBeTrue(part.ToJsonString());
    }

    [Theory]
    [InlineData("f92bf067-bc19-489e-a556-7fe95f508720", "f92bf067-bc19-489e-a556-7fe95f508720")]
    [InlineData("QuickChart", "91a50c94-865f-4f5c-8b4e-e49659e69772")]
    [InlineData("People", "7f718435-ee4d-431c-bdbf-9c4ff326f46e")]
    [InlineData("Image", "d1d91016-032f-456d-98a4-721247c305e8")]
    [InlineData("Spacer", "8654b779-4886-46d4-8ffb-b5ed960ee986")]
    [InlineData("Divider", "2161a1c6-db61-4731-b97c-3cdb303f7cbb")]
    [InlineData("Button", "0f087d7f-520e-42b7-89c0-496aaf979d58")]
    [InlineData("List", "f92bf067-bc19-489e-a556-7fe95f508720")]
    public void WebPartTypes_NamesAndGuids_Resolve(string webPartType, string expected) =>
        WebPartTypes.Resolve(webPartType, null).ShouldBe(expected);

    [Fact]
    public void WebPartTypes_Custom_UsesTheIdInItsData() =>
        WebPartTypes.Resolve("Custom", "0D2C4D64-1111-4B1C-9D52-64B4A4B2CB3B").ShouldBe("0d2c4d64-1111-4b1c-9d52-64b4a4b2cb3b");

    [Fact]
    public void UnknownWebPart_IsAnErrorNamingThePageAndLine()
    {
        var built = Page($"""
            <pnp:ClientSidePage PageName="P"><pnp:Sections>
            {Section("OneColumn", "<pnp:CanvasControl WebPartType=\"Custom\" Column=\"1\" />")}</pnp:Sections></pnp:ClientSidePage>
            """, path: "page.xml");

        var error = built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>();
        error.Kind.ShouldBe(BuildErrorKind.UnknownWebPart);
        error.Message.ShouldContain("pnp:ClientSidePage[@PageName='P']");
        error.Message.ShouldContain("page.xml:1:");
    }

    [Theory]
    [InlineData("TwoColumnVerticalSection", "")]
    [InlineData("OneColumn", " Collapsible=\"true\"")]
    public void UnsupportedSections_AreErrors(string type, string extra)
    {
        var built = Page($"""<pnp:ClientSidePage PageName="P"><pnp:Sections>{Section(type, Text("x"), extra)}</pnp:Sections></pnp:ClientSidePage>""");

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.UnsupportedFeature);
    }

    [Fact]
    public void ControlInAColumnTheSectionLacks_IsAnError()
    {
        var built = Page($"""<pnp:ClientSidePage PageName="P"><pnp:Sections>{Section("OneColumn", Text("x", column: 2))}</pnp:Sections></pnp:ClientSidePage>""");

        built.Messages().ShouldHaveSingleItem().ShouldContain("column 2");
    }

    [Fact]
    public void BrokenJsonControlData_IsAnError()
    {
        var built = Page($"""<pnp:ClientSidePage PageName="P"><pnp:Sections>{Section("OneColumn", "<pnp:CanvasControl WebPartType=\"Image\" Column=\"1\" JsonControlData=\"{&quot;a&quot;:\" />")}</pnp:Sections></pnp:ClientSidePage>""");

        built.TokenErrors.ShouldHaveSingleItem().ShouldBeOfType<BuildError>().Kind.ShouldBe(BuildErrorKind.InvalidValue);
    }
}
