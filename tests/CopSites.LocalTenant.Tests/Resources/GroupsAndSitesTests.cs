using System.Text.Json.Nodes;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources;

public sealed class GroupsAndSitesTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public GroupsAndSitesTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task CreateGroup_UnifiedGroup_CreatesTeamSiteReachableByIdPathAndGroup()
    {
        var alias = "cop-" + Guid.NewGuid().ToString("N")[..8];
        var group = await _tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = "Urban Mobility CoP",
            MailNickname = alias,
            GroupTypes = ["Unified"],
            MailEnabled = true,
            SecurityEnabled = false,
            Visibility = "Private",
            AdditionalData = new Dictionary<string, object>
            {
                ["owners@odata.bind"] = new[] { "https://graph.microsoft.com/v1.0/users/bob@contoso.local" },
            },
        });

        group!.Id.ShouldNotBeNull();
        var site = await _tenant.Graph.Groups[group.Id].Sites["root"].GetAsync();
        site!.Id!.Split(',').Length.ShouldBe(3);
        site.Id.ShouldStartWith("contoso.sharepoint.com,");
        site.WebUrl.ShouldBe($"{_tenant.Host.BaseUrl}/sites/{alias}");
        site.DisplayName.ShouldBe("Urban Mobility CoP");

        var byId = await _tenant.Graph.Sites[site.Id].GetAsync();
        byId!.Id.ShouldBe(site.Id);
        var byPath = await _tenant.Graph.Sites[$"contoso.sharepoint.com:/sites/{alias}"].GetAsync();
        byPath!.Id.ShouldBe(site.Id);

        var owners = await _tenant.Graph.Groups[group.Id].Owners.GetAsync();
        owners!.Value!.OfType<User>().Select(u => u.UserPrincipalName).ShouldBe(["bob@contoso.local"]);
    }

    [Fact]
    public async Task CreateGroup_DuplicateMailNickname_Is400WithGraphErrorShape()
    {
        var alias = "dup-" + Guid.NewGuid().ToString("N")[..8];
        var body = new { displayName = "A", mailNickname = alias, groupTypes = new[] { "Unified" }, mailEnabled = true, securityEnabled = false };
        (await _tenant.SendAsync(HttpMethod.Post, "v1.0/groups", body)).Status.ShouldBe(201);

        var (status, error, response) = await _tenant.SendAsync(HttpMethod.Post, "v1.0/groups", body, r => r.Headers.Add("client-request-id", "abc-123"));

        status.ShouldBe(400);
        error!["error"]!["message"]!.ToString().ShouldContain("mailNickname");
        error["error"]!["innerError"]!["client-request-id"]!.ToString().ShouldBe("abc-123");
        error["error"]!["innerError"]!["request-id"]!.ToString().ShouldBe(response.Headers.GetValues("request-id").Single());
        response.Headers.GetValues("client-request-id").Single().ShouldBe("abc-123");
    }

    [Fact]
    public async Task GetSite_Unknown_Is404ItemNotFoundThroughTheSdk()
    {
        var error = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites["contoso.sharepoint.com:/sites/does-not-exist"].GetAsync());
        error.ResponseStatusCode.ShouldBe(404);
        error.Error!.Code.ShouldBe("itemNotFound");
    }

    [Fact]
    public async Task Request_WithoutToken_Is401AndWithTamperedToken_Is401()
    {
        using var anonymous = new HttpClient();
        var response = await anonymous.GetAsync($"{_tenant.Host.GraphBaseUrl}/sites/root");
        ((int)response.StatusCode).ShouldBe(401);

        var parts = _tenant.Token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Base64Url(parts[1])).Replace("Sites.FullControl.All", "Sites.FullControl.Alx");
        var tampered = $"{parts[0]}.{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_tenant.Host.GraphBaseUrl}/sites/root");
        request.Headers.Authorization = new("Bearer", tampered);
        var tamperedResponse = await anonymous.SendAsync(request);
        ((int)tamperedResponse.StatusCode).ShouldBe(401);
        JsonNode.Parse(await tamperedResponse.Content.ReadAsStringAsync())!["error"]!["code"]!.ToString().ShouldBe("InvalidAuthenticationToken");
    }

    [Fact]
    public async Task Request_ScopeNotCoveringCall_Is403AccessDenied()
    {
        var readOnly = _tenant.CreateGraphClient(_tenant.Host.IssueToken("judy@contoso.local", ["Sites.Read.All"]));
        (await readOnly.Sites["root"].GetAsync())!.Id.ShouldNotBeNull();

        var error = await Should.ThrowAsync<ODataError>(() => readOnly.Groups.PostAsync(new Group
        {
            DisplayName = "x", MailNickname = "x" + Guid.NewGuid().ToString("N")[..6], GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        }));
        error.ResponseStatusCode.ShouldBe(403);
        error.Error!.Code.ShouldBe("accessDenied");
    }

    private static byte[] Base64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
