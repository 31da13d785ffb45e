using CopSites.Provisioning.Engine.Building.Pages;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// The PnP name (<c>CanvasControl/@WebPartType</c>) of a first-party web part's component id: the reverse of the
/// engine's <see cref="WebPartTypes"/>, derived from it so the two never disagree. Unknown ids are <c>Custom</c>.
/// </summary>
internal static class WebPartNames
{
    // The 2022-09 schema's names for first-party web parts, in the order the schema lists them (first name wins).
    private static readonly string[] SchemaNames =
    [
        "BingMap", "Button", "CallToAction", "ClientWebPart", "CodeSnippet", "ContentEmbed", "ContentRollup", "CountDown",
        "CustomMessageRegion", "Divider", "DocumentEmbed", "Events", "GroupCalendar", "Hero", "Image", "ImageGallery", "LinkPreview",
        "List", "ListProperties", "MarkDown", "MicrosoftForms", "MyDocuments", "News", "NewsFeed", "NewsReel", "PageFields", "PageTitle",
        "People", "Planner", "PowerApps", "PowerBIReportEmbed", "QuickChart", "QuickLinks", "SiteActivity", "Sites", "Spacer",
        "VideoEmbed", "Weather", "YammerEmbed", "YammerFullFeed", "YouTube",
    ];

    private static readonly Dictionary<string, string> ByComponentId = SchemaNames
        .Select(name => (Name: name, Id: WebPartTypes.Resolve(name, null)))
        .Where(p => p.Id is not null)
        .GroupBy(p => p.Id!, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The schema name of a component id, or <c>Custom</c>.</summary>
    public static string Of(string componentId) =>
        Guid.TryParse(componentId, out var id) && ByComponentId.TryGetValue(id.ToString("D"), out var name) ? name : "Custom";
}
