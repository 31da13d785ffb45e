using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace CopSites.LocalTenant.Tests.Resources.Pages;

/// <summary>Pages to post, and publish, which the SDK has no builder for (graph-contract.md §0.5).</summary>
internal static class PageTestData
{
    public const string QuickLinks = "c70391ea-0b10-4ee9-b2b4-006d3fcad0cd";
    public const string QuickChart = "91a50c94-865f-4f5c-8b4e-e49659e69772";
    public const string ListWebPart = "f92bf067-bc19-489e-a556-7fe95f508720";

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}.aspx";

    public static SitePage TwoColumnPage(string name, string webPartType = QuickLinks) => new()
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
                    Layout = HorizontalSectionLayoutType.OneThirdRightColumn,
                    Emphasis = SectionEmphasisType.None,
                    Columns =
                    [
                        new HorizontalSectionColumn { Id = "1", Width = 8, Webparts = [new TextWebPart { InnerHtml = "<h2>Welcome</h2>" }] },
                        new HorizontalSectionColumn
                        {
                            Id = "2",
                            Width = 4,
                            Webparts = [new StandardWebPart { WebPartType = webPartType, Data = new WebPartData { DataVersion = "2.2", Title = "Links" } }],
                        },
                    ],
                },
            ],
        },
    };

    public static async Task PublishAsync(this TenantFixture tenant, string siteId, string pageId)
    {
        var request = new RequestInformation
        {
            HttpMethod = Method.POST,
            UrlTemplate = "{+baseurl}/sites/{siteId}/pages/{pageId}/microsoft.graph.sitePage/publish",
        };
        request.PathParameters["siteId"] = siteId;
        request.PathParameters["pageId"] = pageId;
        await tenant.Graph.RequestAdapter.SendNoContentAsync(request,
            new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue });
    }
}
