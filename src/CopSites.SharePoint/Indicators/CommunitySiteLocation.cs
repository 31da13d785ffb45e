using System.Text.Json.Nodes;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Ports;
using CopSites.SharePoint.Provisioning;
using CopSites.SharePoint.Provisioning.Reading;

namespace CopSites.SharePoint.Indicators;

/// <summary>Where a CoP lives on the tenant: its site's Graph id and server-relative path, and its lists by URL.</summary>
/// <param name="SiteId">The Graph site id.</param>
/// <param name="ServerRelativePath">The site's path, for SharePoint REST.</param>
/// <param name="Lists">List ids by the last segment of their URL (CopEvents, Toolkit…), case-insensitive.</param>
internal sealed record CommunitySiteLocation(string SiteId, string ServerRelativePath, IReadOnlyDictionary<string, string> Lists)
{
    public string GraphPath => "sites/" + GraphRequests.Segment(SiteId);

    /// <summary>Finds the site and its lists; a missing site is a <see cref="CommunityReadException"/> naming it.</summary>
    public static async Task<CommunitySiteLocation> FindAsync(GraphReads reads, CommunitySite site, CancellationToken ct)
    {
        var path = site.SiteUrl.AbsolutePath.TrimEnd('/');
        // The tenant's root site has no path: Graph addresses it as sites/root.
        var address = path.Length == 0 ? "sites/root" : $"sites/{site.SiteUrl.Host}:{path}";
        var found = await reads.GetAsync($"find site {site.SiteUrl}", $"{address}?$select=id,webUrl", ct)
            ?? throw new CommunityReadException(site.SiteUrl.ToString(), "the site", "the tenant has no site at this address (was the CoP provisioned?)");
        var id = Json.Text(found, "id")!;
        var lists = await reads.GetAsync($"read the lists of {site.SiteUrl}", $"sites/{GraphRequests.Segment(id)}/lists?$select=id,name,webUrl", ct);
        var byUrl = Json.Values(lists).Where(l => Json.Text(l, "webUrl") is not null)
            .ToDictionary(l => Uri.UnescapeDataString(Json.Text(l, "webUrl")!.TrimEnd('/').Split('/')[^1]), l => Json.Text(l, "id")!, StringComparer.OrdinalIgnoreCase);
        return new CommunitySiteLocation(id, path, byUrl);
    }

    /// <summary>The id of the list whose URL ends in <paramref name="urlSegment"/>, or null when the site has none.</summary>
    public string? List(string urlSegment) => Lists.GetValueOrDefault(urlSegment);

    public static JsonObject Fields(JsonObject item) => Json.Object(item["fields"]);
}
