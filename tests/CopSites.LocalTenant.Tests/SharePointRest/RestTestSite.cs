using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.SharePointRest;

/// <summary>A fresh group site for one test, and raw SharePoint REST calls against it (there is no SDK for REST).</summary>
internal sealed class RestTestSite
{
    public const string NoMetadata = "application/json;odata=nometadata";
    public const string MinimalMetadata = "application/json;odata=minimalmetadata";
    public const string Verbose = "application/json;odata=verbose";

    private readonly TenantFixture _tenant;

    private RestTestSite(TenantFixture tenant, string alias, string siteId)
    {
        _tenant = tenant;
        Alias = alias;
        SiteId = siteId;
    }

    public string Alias { get; }

    /// <summary>The Graph composite id.</summary>
    public string SiteId { get; }

    /// <summary>"sites/{alias}/_api/".</summary>
    public string Api => $"sites/{Alias}/_api/";

    /// <summary>Creates a Microsoft 365 group through the real Graph SDK, which gives it a team site.</summary>
    public static async Task<RestTestSite> CreateAsync(TenantFixture tenant, string displayName = "Water CoP")
    {
        var alias = "rest-" + Guid.NewGuid().ToString("N")[..8];
        var group = await tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = displayName,
            MailNickname = alias,
            GroupTypes = ["Unified"],
            MailEnabled = true,
            SecurityEnabled = false,
        });
        var site = await tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync();
        return new RestTestSite(tenant, alias, site!.Id!);
    }

    /// <summary>Sends a REST call under this site's /_api; the body, if any, is JSON.</summary>
    public Task<RestResponse> SendAsync(HttpMethod method, string apiPath, object? body = null, string accept = NoMetadata,
        Action<HttpRequestMessage>? configure = null) =>
        SendRawAsync(_tenant.Http, method, Api + apiPath, body, accept, configure);

    /// <summary>Sends a REST call with any client and relative URL.</summary>
    public static async Task<RestResponse> SendRawAsync(HttpClient http, HttpMethod method, string relativeUrl, object? body = null,
        string accept = NoMetadata, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, relativeUrl);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (body is not null)
        {
            var json = body as string ?? System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(accept);
        }

        configure?.Invoke(request);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new RestResponse((int)response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null, response);
    }
}

/// <summary>A REST response: status, parsed JSON body (null when empty), and the raw response for headers.</summary>
internal sealed record RestResponse(int Status, JsonNode? Body, HttpResponseMessage Response)
{
    public string Header(string name) => Response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
