using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CopSites.EndToEnd.Tests.Provisioning;

/// <summary>
/// A CoP site as a user would find it, read through the Graph SDK (and SharePoint REST for navigation and views, which
/// Graph does not show): one line per object, identity first. The alias is replaced so two CoPs compare.
/// </summary>
internal sealed record SiteShape(IReadOnlyList<string> Identities)
{
    public IReadOnlyList<string> Duplicates => Identities.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToArray();

    public IReadOnlyList<string> Sorted => Identities.Order(StringComparer.Ordinal).ToArray();

    public static async Task<SiteShape> ReadAsync(TenantAdmin admin, string alias)
    {
        var token = await admin.TokenAsync("alice@contoso.local");
        var graph = new GraphServiceClient(GraphClientFactory.Create(), new BaseBearerTokenAuthenticationProvider(new FixedToken(token)), admin.Root + "/v1.0");
        using var rest = new HttpClient();
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        rest.DefaultRequestHeaders.Accept.ParseAdd("application/json;odata=nometadata");
        var lines = new List<string>();
        void Add(string line) => lines.Add(line.Replace(alias, "{alias}", StringComparison.OrdinalIgnoreCase));

        var group = (await graph.Groups.GetAsync(r => r.QueryParameters.Filter = $"mailNickname eq '{alias}'"))!.Value!.Single();
        Add($"group {group.DisplayName}");
        (await graph.Groups[group.Id].Owners.GetAsync())!.Value!.OfType<User>().ToList().ForEach(u => Add($"owner {u.UserPrincipalName}"));
        (await graph.Groups[group.Id].Members.GetAsync())!.Value!.OfType<User>().ToList().ForEach(u => Add($"member {u.UserPrincipalName}"));
        var site = (await graph.Groups[group.Id].Sites["root"].GetAsync())!;
        (await graph.Sites[site.Id].Columns.GetAsync())!.Value!.ForEach(c => Add($"site column {c.Name}"));
        (await graph.Sites[site.Id].ContentTypes.GetAsync())!.Value!.ForEach(c => Add($"content type {c.Name}"));
        var lists = (await graph.Sites[site.Id].Lists.GetAsync(r => r.QueryParameters.Expand = ["columns", "contentTypes"]))!.Value!;
        foreach (var list in lists)
        {
            Add($"list {list.DisplayName}");
            list.Columns!.ForEach(c => Add($"column {list.DisplayName}/{c.Name}"));
            list.ContentTypes!.ForEach(c => Add($"list content type {list.DisplayName}/{c.Name}"));
            foreach (var view in Values(await RestAsync(rest, admin, alias, $"web/lists(guid'{list.Id}')/views")))
            {
                Add($"view {list.DisplayName}/{view["Title"]}");
            }
        }

        (await graph.Sites[site.Id].Pages.GraphSitePage.GetAsync())!.Value!.ForEach(p => Add($"page {p.Name} {p.Title}"));
        foreach (var termGroup in (await graph.Sites[site.Id].TermStore.Groups.GetAsync())!.Value!)
        {
            foreach (var set in (await graph.Sites[site.Id].TermStore.Groups[termGroup.Id].Sets.GetAsync())!.Value!)
            {
                var path = $"{termGroup.DisplayName}/{set.LocalizedNames![0].Name}";
                Add($"term set {path}");
                (await graph.Sites[site.Id].TermStore.Sets[set.Id].Children.GetAsync())!.Value!
                    .ForEach(t => Add($"term {path}/{t.Labels!.Single(l => l.IsDefault == true).Name}"));
            }
        }

        foreach (var root in new[] { "QuickLaunch", "TopNavigationBar" })
        {
            foreach (var node in Values(await RestAsync(rest, admin, alias, $"web/navigation/{root}?$expand=Children")))
            {
                Add($"navigation {root}/{node["Title"]} {node["Url"]}");
                Values(node["Children"]).ToList().ForEach(child => Add($"navigation {root}/{node["Title"]}/{child["Title"]} {child["Url"]}"));
            }
        }

        return new SiteShape(lines);
    }

    private static async Task<JsonNode?> RestAsync(HttpClient rest, TenantAdmin admin, string alias, string path) =>
        JsonNode.Parse(await rest.GetStringAsync($"{admin.Root}/sites/{alias}/_api/{path}"));

    private static IEnumerable<JsonObject> Values(JsonNode? node) => (node switch
    {
        JsonArray array => array,
        JsonObject obj => obj["value"] as JsonArray,
        _ => null,
    })?.OfType<JsonObject>() ?? [];

    private sealed class FixedToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? context = null, CancellationToken ct = default) => Task.FromResult(token);
    }
}
