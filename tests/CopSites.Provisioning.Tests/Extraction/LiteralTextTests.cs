using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Extraction;

namespace CopSites.Provisioning.Tests.Extraction;

public sealed class LiteralTextTests
{
    [Theory]
    [InlineData("{site}", true)]
    [InlineData("see {listid:Events} here", true)]
    [InlineData("{d3259852-178e-52a4-87bc-f055823fd247}", false)]
    [InlineData("{\"a\":1}", false)]
    [InlineData("{as typed}", false)]
    [InlineData("plain", false)]
    public void LooksLikeToken_FollowsTheTokenReader(string text, bool expected) => LiteralText.LooksLikeToken(text).ShouldBe(expected);

    [Fact]
    public void TextWebPart_WithTokenLikeText_IsWrittenWithAnEntitySoItRendersTheSame()
    {
        var page = new JsonObject
        {
            ["name"] = "Notes.aspx",
            ["title"] = "Notes {draft}",
            ["pageLayout"] = "article",
            ["canvasLayout"] = new JsonObject
            {
                ["horizontalSections"] = new JsonArray(new JsonObject
                {
                    ["id"] = "1",
                    ["layout"] = "oneColumn",
                    ["columns"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "1",
                        ["webparts"] = new JsonArray(new JsonObject
                        {
                            ["@odata.type"] = "#microsoft.graph.textWebPart",
                            ["id"] = Guid.NewGuid().ToString(),
                            ["innerHtml"] = "<p>Type {name} here</p>",
                        }),
                    }),
                }),
            },
        };
        var state = SiteState.Empty(SampleSite.Facts).With([new ActualResource(new ResourceKey(ResourceKind.Page, "Notes.aspx"), "p1", page)]);

        var result = SiteExtractor.Extract(state);

        result.Template.ClientSidePages.Single().Sections.Single().Columns.Single().Controls.Single().Html.ShouldBe("<p>Type &#123;name} here</p>");
        result.Warnings.ShouldHaveSingleItem().ShouldContain("Notes {draft}", customMessage: "a title has no escape, so it is noted");
    }
}
