using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CopSites.LocalTenant.Tests.TestSupport;

/// <summary>
/// A fresh local tenant on a free loopback port with its own temporary database, plus clients for it:
/// the real GraphServiceClient (default middleware: retry, redirect, telemetry) and a raw HttpClient.
/// </summary>
public sealed class TenantFixture : IAsyncLifetime
{
    public const string Admin = "alice@contoso.local";

    private readonly LocalTenantOptions _options;

    public TenantFixture() : this(new LocalTenantOptions())
    {
    }

    /// <summary>For tests that need non-default options: create it yourself and call InitializeAsync.</summary>
    internal TenantFixture(LocalTenantOptions options)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "copsites-tests", Guid.NewGuid().ToString("N"));
        _options = options with { DataPath = Path.Combine(DataFolder, "tenant.db") };
    }

    public string DataFolder { get; }

    public LocalTenantHost Host { get; private set; } = null!;

    public GraphServiceClient Graph { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await LocalTenantHost.StartAsync(_options);
        Token = Host.IssueToken(Admin);
        Graph = CreateGraphClient(Token);
        Http = new HttpClient { BaseAddress = new Uri(Host.BaseUrl + "/") };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A handle may linger for a moment after shutdown; the temp folder is not worth failing a test for.
        }
    }

    /// <summary>A Graph client with the SDK's default middleware, authenticated with <paramref name="token"/>.</summary>
    public GraphServiceClient CreateGraphClient(string token)
    {
        var http = GraphClientFactory.Create();
        return new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token)), Host.GraphBaseUrl);
    }

    /// <summary>Sends a raw request with the admin token; the body, if any, is JSON.</summary>
    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpMethod method, string relativeUrl, object? body = null,
        Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, relativeUrl.TrimStart('/'));
        if (body is not null)
        {
            var json = body as string ?? System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        configure?.Invoke(request);
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text) : null, response);
    }
}
