using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>The community charter page: drafted, edited through both addresses, published, read, and a stray draft removed.</summary>
internal static class PagesSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var pages = s.Graph.Sites[s.SiteId].Pages;
        var charter = await pages.PostAsync(Charter("charter.aspx"));
        var pageId = charter!.Id!;
        await pages.GetAsync();
        await pages.GraphSitePage.GetAsync(r => r.QueryParameters.Expand = ["canvasLayout"]);
        await pages[pageId].GetAsync();
        await pages[pageId].PatchAsync(new SitePage { OdataType = "#microsoft.graph.sitePage", Title = "Community charter (draft 2)" });
        await s.Graph.PatchSitePageAsync(s.SiteId, pageId, new SitePage { OdataType = "#microsoft.graph.sitePage", Description = "Who we are and how we work" });
        await s.Graph.PublishSitePageAsync(s.SiteId, pageId);
        await pages[pageId].GraphSitePage.GetAsync(r => r.QueryParameters.Expand = ["canvasLayout"]);
        await pages[pageId].GraphSitePage.CanvasLayout.GetAsync();
        await pages[pageId].GraphSitePage.WebParts.GetAsync();
        await s.As("dan").Sites[s.SiteId].Pages[pageId].GraphSitePage.GetAsync();

        var stray = await pages.PostAsync(Charter("stray.aspx"));
        await pages[stray!.Id].DeleteAsync();
    }

    private static SitePage Charter(string name) => new()
    {
        OdataType = "#microsoft.graph.sitePage",
        Name = name,
        Title = "Community charter",
        PageLayout = PageLayoutType.Article,
        CanvasLayout = new CanvasLayout
        {
            HorizontalSections =
            [
                new HorizontalSection
                {
                    Id = "1",
                    Layout = HorizontalSectionLayoutType.TwoColumns,
                    Emphasis = SectionEmphasisType.None,
                    Columns =
                    [
                        new HorizontalSectionColumn { Id = "1", Width = 6, Webparts = [new TextWebPart { InnerHtml = "<h2>Our purpose</h2>" }] },
                        new HorizontalSectionColumn
                        {
                            Id = "2",
                            Width = 6,
                            Webparts =
                            [
                                new StandardWebPart
                                {
                                    WebPartType = "c70391ea-0b10-4ee9-b2b4-006d3fcad0cd",
                                    Data = new WebPartData { DataVersion = "2.2", Title = "Quick links" },
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    };
}
