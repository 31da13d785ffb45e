using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CopSites.SharePoint.Tests.TestSupport;

namespace CopSites.SharePoint.Tests.Resume;

/// <summary>
/// Everything a CoP site holds, read raw from the tenant (Graph and SharePoint REST, every page, no de-duplication),
/// as one entry per object: an identity (what must be unique: a list title, a column name in its list, a view title
/// in its list, a navigation title under its parent, a term under its parent, a member, a page) and the details that
/// must match another site provisioned from the same template. The alias is replaced by <c>{alias}</c> so two CoPs compare.
/// </summary>
internal sealed record SiteInventory(IReadOnlyList<(string Identity, string Details)> Entries)
{
    public IReadOnlyList<string> Duplicates => Entries.GroupBy(e => e.Identity).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToArray();

    public IReadOnlyList<string> Lines => Entries.Select(e => $"{e.Identity} | {e.Details}").Order(StringComparer.Ordinal).ToArray();

    public static async Task<SiteInventory> ReadAsync(TestTenant tenant, string alias, string termGroup)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.Host.IssueToken(TestTenant.Admin));
        http.DefaultRequestHeaders.Accept.ParseAdd("application/json;odata=nometadata");
        var reader = new Reader(http, tenant.Host.GraphBaseUrl, $"{tenant.Host.BaseUrl}/sites/{alias}/_api/");
        var entries = new List<(string, string)>();
        void Add(string identity, string details = "") =>
            entries.Add((Normal(identity, alias, termGroup), Normal(details, alias, termGroup)));

        var group = (await reader.GraphAsync($"groups?$filter=mailNickname eq '{alias}'")).Single();
        Add("group", $"{Text(group, "displayName")} {Text(group, "visibility")}");
        foreach (var relation in new[] { "owners", "members" })
        {
            foreach (var user in await reader.GraphAsync($"groups/{Text(group, "id")}/{relation}"))
            {
                Add($"{relation} {Text(user, "userPrincipalName")}");
            }
        }

        var site = (JsonObject)(await reader.GraphOneAsync($"groups/{Text(group, "id")}/sites/root"))!;
        var s = $"sites/{Text(site, "id")}";
        var web = await reader.RestOneAsync("web");
        Add("web", $"{Text(web, "Title")} {Text(web, "Description")}");
        foreach (var column in await reader.GraphAsync($"{s}/columns"))
        {
            Add($"site column {Text(column, "name")}", $"{Text(column, "displayName")} {Facet(column)}");
        }

        foreach (var contentType in await reader.GraphAsync($"{s}/contentTypes"))
        {
            Add($"content type {Text(contentType, "name")}", Text(contentType, "group"));
            foreach (var column in await reader.GraphAsync($"{s}/contentTypes/{Uri.EscapeDataString(Text(contentType, "id"))}/columns"))
            {
                Add($"content type column {Text(contentType, "name")}/{Text(column, "name")}");
            }
        }

        foreach (var list in await reader.GraphAsync($"{s}/lists"))
        {
            var title = Text(list, "displayName");
            var id = Text(list, "id");
            Add($"list {title}", $"{Text(list, "description")} {Text(list["list"], "template")}");
            foreach (var column in await reader.GraphAsync($"{s}/lists/{id}/columns"))
            {
                Add($"list column {title}/{Text(column, "name")}", $"{Text(column, "displayName")} {Facet(column)}");
            }

            foreach (var contentType in await reader.GraphAsync($"{s}/lists/{id}/contentTypes"))
            {
                Add($"list content type {title}/{Text(contentType, "name")}");
            }

            foreach (var view in Values(await reader.RestOneAsync($"web/lists(guid'{id}')/views")))
            {
                var fields = await reader.RestOneAsync($"web/lists(guid'{id}')/views(guid'{Text(view, "Id")}')/ViewFields");
                Add($"view {title}/{Text(view, "Title")}", $"{Text(view, "DefaultView")} {Text(view, "RowLimit")} {fields?["Items"]?.ToJsonString()}");
            }

            foreach (var item in await reader.GraphAsync($"{s}/lists/{id}/items?$expand=fields"))
            {
                Add($"item {title}/{Text(item["fields"], "Title")}{Text(item["fields"], "FileLeafRef")}");
            }
        }

        foreach (var termGroupJson in (await reader.GraphAsync($"{s}/termStore/groups")).Where(g => Text(g, "displayName") == termGroup))
        {
            Add($"term group {termGroup}");
            foreach (var set in await reader.GraphAsync($"{s}/termStore/groups/{Text(termGroupJson, "id")}/sets"))
            {
                var setPath = $"{termGroup}/{Text(set["localizedNames"]?[0], "name")}";
                Add($"term set {setPath}");
                await AddTermsAsync(reader, $"{s}/termStore/sets/{Text(set, "id")}", $"{s}/termStore/sets/{Text(set, "id")}/children", setPath, Add);
            }
        }

        foreach (var root in new[] { "QuickLaunch", "TopNavigationBar" })
        {
            AddNodes(Values(await reader.RestOneAsync($"web/navigation/{root}?$expand=Children")), root, Add);
        }

        foreach (var page in await reader.GraphAsync($"{s}/pages/graph.sitePage"))
        {
            Add($"page {Text(page, "name")}", $"{Text(page, "title")} {Text(page["publishingState"], "level")}");
        }

        return new SiteInventory(entries);
    }

    private static async Task AddTermsAsync(Reader reader, string set, string children, string parentPath, Action<string, string> add)
    {
        foreach (var term in await reader.GraphAsync(children))
        {
            var label = Text((term["labels"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(l => Text(l, "isDefault") == "true"), "name");
            add($"term {parentPath}/{label}", "");
            await AddTermsAsync(reader, set, $"{set}/terms/{Text(term, "id")}/children", $"{parentPath}/{label}", add);
        }
    }

    private static void AddNodes(IEnumerable<JsonObject> nodes, string parent, Action<string, string> add)
    {
        foreach (var node in nodes)
        {
            var path = $"{parent}/{Text(node, "Title")}";
            add($"navigation {path}", Text(node, "Url"));
            AddNodes(Values(node["Children"]), path, add);
        }
    }

    private static string Facet(JsonObject column) =>
        string.Join(",", new[] { "text", "choice", "number", "dateTime", "boolean", "lookup", "personOrGroup", "term", "currency", "hyperlinkOrPicture", "calculated" }
            .Where(column.ContainsKey));

    private static string Normal(string text, string alias, string termGroup) =>
        text.Replace(termGroup, "{term group}", StringComparison.Ordinal).Replace(alias, "{alias}", StringComparison.OrdinalIgnoreCase);

    private static string Text(JsonNode? node, string name) => node?[name] switch
    {
        null => "",
        JsonValue value => value.ToString(),
        var other => other.ToJsonString(),
    };

    private static IEnumerable<JsonObject> Values(JsonNode? node) => (node switch
    {
        JsonArray array => array,
        JsonObject obj => obj["value"] as JsonArray,
        _ => null,
    })?.OfType<JsonObject>() ?? [];

    private sealed class Reader(HttpClient http, string graph, string rest)
    {
        public async Task<IReadOnlyList<JsonObject>> GraphAsync(string path)
        {
            var all = new List<JsonObject>();
            for (string? next = $"{graph}/{path}"; next is not null;)
            {
                var page = await GetAsync(next);
                all.AddRange(Values(page));
                next = page?["@odata.nextLink"]?.GetValue<string>();
            }

            return all;
        }

        public Task<JsonNode?> GraphOneAsync(string path) => GetAsync($"{graph}/{path}");

        public Task<JsonNode?> RestOneAsync(string path) => GetAsync(rest + path);

        private async Task<JsonNode?> GetAsync(string url)
        {
            using var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue($"GET {url}: {(int)response.StatusCode} {body}");
            return JsonNode.Parse(body);
        }
    }
}
