using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Rest;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>
/// Reads any site, found by its URL rather than by a CoP's group alias, into a <see cref="SiteState"/> with the
/// structure of every list (columns, content types, views), the site's columns, content types, term sets, pages,
/// navigation and web settings. Items and files are not read: extraction copies structure, not content.
/// </summary>
internal sealed class SiteUrlReader(GraphReads graph, SharePointRestClient rest, FileDownloader download)
{
    /// <summary>The site at <paramref name="siteUrl"/>, or null when the tenant has no site there.</summary>
    public async Task<SiteState?> ReadAsync(Uri siteUrl, CancellationToken ct)
    {
        var site = await graph.GetAsync($"find site {siteUrl}", AddressOf(siteUrl), ct);
        if (site is not JsonObject found || Json.Text(found, "id") is not { } id)
        {
            return null;
        }

        var facts = new SiteFacts(id, new Uri(Json.Text(found, "webUrl") ?? siteUrl.ToString()), null, Json.Text(found, "displayName") ?? "");
        var address = SiteAddress.From(facts);
        var restReads = new RestStateReader(rest, address);
        // Hidden and system lists are SharePoint's own; their views would cost a round trip each for nothing.
        var structureTask = new StructureReader(graph, download, address).ReadAsync(StateQuery.StructureOnly,
            (lists, token) => restReads.ReadViewsAsync(lists.Where(l => !IsSystemList(l.Properties)), token), ct);
        var restTask = restReads.ReadAsync(ct);
        var resources = new List<ActualResource>(await structureTask);
        resources.AddRange(await restTask);
        return SiteState.Empty(facts).With(resources);
    }

    /// <summary>Graph's path address of a site: sites/{host}:{server-relative path} (sites/{host} for a root site).</summary>
    public static string AddressOf(Uri siteUrl)
    {
        var path = Uri.UnescapeDataString(siteUrl.AbsolutePath).TrimEnd('/');
        if (path.Length == 0)
        {
            return "sites/" + GraphRequests.Segment(siteUrl.Host);
        }

        var escaped = string.Join('/', path.Split('/').Select(GraphRequests.Segment));
        return $"sites/{GraphRequests.Segment(siteUrl.Host)}:{escaped}";
    }

    private static bool IsSystemList(JsonObject list) =>
        Json.Text(list["list"], "hidden") == "true" || list["system"] is not null;
}
