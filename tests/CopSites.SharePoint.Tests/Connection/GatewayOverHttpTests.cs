using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Tests.TestSupport;

namespace CopSites.SharePoint.Tests.Connection;

/// <summary>The gateway's Graph client against the local tenant over HTTP: decoration, auth kinds, allowed hosts.</summary>
public sealed class GatewayOverHttpTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.StartAsync();

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task EveryGraphRequest_CarriesTheDecoratedUserAgent_AppendedToTheSdks()
    {
        var wire = new CapturingHandler(new SocketsHttpHandler());
        using var gateway = _tenant.Connect(transport: () => wire);

        await gateway.Graph.Sites["root"].GetAsync();
        await gateway.Batches.SendAsync([new("read root site", gateway.Graph.Sites["root"].ToGetRequestInformation())], CancellationToken.None);

        wire.Requests.Count.ShouldBe(2);
        wire.Requests.ShouldAllBe(r => r.UserAgent.StartsWith("kiota-dotnet/") && r.UserAgent.Contains($" NONISV|CopSites|CopSites/{CopSitesUserAgent.Version}"));
        CopSitesUserAgent.Version.ShouldStartWith("0.1.0");
    }

    [Fact]
    public async Task LocalTokenForUser_IsFetchedFromTheTenantTokenEndpoint_AndCarriesTheAskedPermissions()
    {
        using var reader = _tenant.Connect(authentication: LocalTokenAuthentication.ForUser(TestTenant.Admin, ["Sites.Read.All"]));

        (await reader.Graph.Sites["root"].GetAsync())!.Id.ShouldNotBeNull();
        var denied = await Should.ThrowAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() => reader.Graph.Groups.PostAsync(new Microsoft.Graph.Models.Group
        {
            DisplayName = "x", MailNickname = "x", GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        }));
        denied.ResponseStatusCode.ShouldBe(403);
    }

    [Fact]
    public async Task GraphBaseUrl_IsTheLocalRootPlusV10_AndTheTokenGoesOnlyToAllowedHosts()
    {
        using var gateway = _tenant.Connect();

        gateway.Graph.RequestAdapter.BaseUrl.ShouldBe(_tenant.Host.GraphBaseUrl);
        gateway.Connection.Target.GraphHosts.ShouldBe(["graph.microsoft.com", "127.0.0.1"]);
        (await gateway.Graph.Sites["root"].GetAsync())!.Id.ShouldNotBeNull();
    }
}
