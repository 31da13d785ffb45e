using CopSites.LocalTenant.Tests.Resources.Pages;
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

    private static SitePage Charter(string name) => PageTestData.TwoColumnPage(name);
}
