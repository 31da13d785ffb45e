using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CopSites.LocalTenant;

namespace CopSites.Cli.Tests.Provisioning;

/// <summary>A local tenant on a free loopback port, started by the test, that the CLI reaches with --tenant http://127.0.0.1:PORT.</summary>
public sealed class LocalTenantFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "copsites-cli-tenant", Guid.NewGuid().ToString("N"));

    public LocalTenantHost Host { get; private set; } = null!;

    public string Url => Host.BaseUrl;

    public async Task InitializeAsync() => Host = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = Path.Combine(_folder, "tenant.db") });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder is not worth failing a test for.
        }
    }

    /// <summary>True when a Microsoft 365 group with this mail alias exists.</summary>
    public async Task<bool> GroupExistsAsync(string alias)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.IssueToken("alice@contoso.local"));
        var body = JsonNode.Parse(await http.GetStringAsync($"{Host.GraphBaseUrl}/groups?$filter=mailNickname eq '{alias}'"))!;
        return body["value"]!.AsArray().Count > 0;
    }

    /// <summary>GETs a Graph path as alice and returns the body (every page of a collection merged into "value").</summary>
    public async Task<JsonNode> GraphAsync(string relativePath)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.IssueToken("alice@contoso.local"));
        var body = JsonNode.Parse(await http.GetStringAsync($"{Host.GraphBaseUrl}/{relativePath.TrimStart('/')}"))!;
        var next = body["@odata.nextLink"]?.GetValue<string>();
        while (next is not null && body["value"] is JsonArray values)
        {
            var page = JsonNode.Parse(await http.GetStringAsync(next))!;
            foreach (var item in page["value"]!.AsArray().ToList())
            {
                page["value"]!.AsArray().Remove(item);
                values.Add(item);
            }

            next = page["@odata.nextLink"]?.GetValue<string>();
        }

        return body;
    }
}
