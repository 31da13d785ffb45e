using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Rest;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>What only SharePoint REST shows: web settings, quick launch and top navigation, list views.</summary>
internal sealed class RestStateReader(SharePointRestClient rest, SiteAddress site)
{
    public async Task<IReadOnlyList<ActualResource>> ReadAsync(CancellationToken ct)
    {
        var web = rest.GetAsync(site.ServerRelativePath, "web", "read web settings", ct);
        var quickLaunch = rest.GetAsync(site.ServerRelativePath, "web/navigation/QuickLaunch?$expand=Children", "read quick launch", ct);
        var top = rest.GetAsync(site.ServerRelativePath, "web/navigation/TopNavigationBar?$expand=Children", "read top navigation", ct);
        var resources = new List<ActualResource>
        {
            new(new ResourceKey(ResourceKind.WebSettings, "web"), "web", Json.Pick(Json.Object(await web), "Title", "Description", "SiteLogoUrl")),
        };
        resources.AddRange(Nodes("QuickLaunch", Json.Values(await quickLaunch)));
        resources.AddRange(Nodes("TopNavigationBar", Json.Values(await top)));
        return resources;
    }

    /// <summary>
    /// Each list's views with their fields: one request per list (<c>views?$expand=ViewFields</c>), all lists at once,
    /// instead of one more round trip per view after the list's views are known.
    /// </summary>
    public async Task<IReadOnlyList<ActualResource>> ReadViewsAsync(IEnumerable<ActualResource> lists, CancellationToken ct)
    {
        var reads = lists.Select(async list =>
        {
            var views = await rest.GetAsync(site.ServerRelativePath, $"web/lists(guid'{list.Id}')/views?$expand=ViewFields", $"read views of {list.Key.Path}", ct);
            return Json.Values(views).Select(view =>
            {
                var properties = Json.Pick(view, "Title", "ViewQuery", "RowLimit", "DefaultView");
                properties["ViewFields"] = view["ViewFields"]?["Items"]?.DeepClone() ?? new JsonArray();
                return new ActualResource(new ResourceKey(ResourceKind.ListView, list.Key.Path + "/" + Json.Text(view, "Title")), Json.Text(view, "Id")!, properties);
            }).ToArray();
        });
        return (await Task.WhenAll(reads)).SelectMany(r => r).ToArray();
    }

    private static IEnumerable<ActualResource> Nodes(string path, IEnumerable<JsonObject> nodes)
    {
        foreach (var node in nodes)
        {
            var key = path + "/" + Json.Text(node, "Title");
            yield return new ActualResource(new ResourceKey(ResourceKind.NavigationNode, key), Json.Text(node, "Id")!, Json.Pick(node, "Title", "Url", "IsExternal"));
            foreach (var child in Nodes(key, (node["Children"] as JsonArray)?.OfType<JsonObject>() ?? []))
            {
                yield return child;
            }
        }
    }
}
