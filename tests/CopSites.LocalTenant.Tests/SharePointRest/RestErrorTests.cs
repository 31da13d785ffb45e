using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.SharePointRest;

public sealed class RestErrorTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public RestErrorTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task Request_WithoutToken_Is401WithBearerChallenge()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(_tenant.Host.BaseUrl + "/") };

        var response = await RestTestSite.SendRawAsync(anonymous, HttpMethod.Get, "_api/web");

        response.Status.ShouldBe(401);
        response.Body!["error_description"]!.ToString().ShouldNotBeEmpty();
        response.Response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer realm=");
    }

    [Fact]
    public async Task Request_WithoutSitesScope_Is403AndReadOnlyTokenCannotWrite()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        using var userOnly = Client(_tenant.Host.IssueToken(TenantFixture.Admin, ["User.Read.All"]));
        using var reader = Client(_tenant.Host.IssueToken(TenantFixture.Admin, ["Sites.Read.All"]));

        var denied = await RestTestSite.SendRawAsync(userOnly, HttpMethod.Get, site.Api + "web");
        var read = await RestTestSite.SendRawAsync(reader, HttpMethod.Get, site.Api + "web/navigation/QuickLaunch");
        var write = await RestTestSite.SendRawAsync(reader, HttpMethod.Post, site.Api + "web/navigation/QuickLaunch", new { Title = "Nope" });

        denied.Status.ShouldBe(403);
        denied.Body!["odata.error"]!["code"]!.ToString().ShouldBe("-2147024891, System.UnauthorizedAccessException");
        read.Status.ShouldBe(200);
        write.Status.ShouldBe(403);
        (await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch")).Body!["value"]!.AsArray()
            .ShouldNotContain(n => n!["Title"]!.ToString() == "Nope");
    }

    [Fact]
    public async Task UnknownSiteOrResource_Is404InSharePointShape()
    {
        var site = await RestTestSite.SendRawAsync(_tenant.Http, HttpMethod.Get, "sites/no-such-site/_api/web");
        var resource = await RestTestSite.SendRawAsync(_tenant.Http, HttpMethod.Get, "_api/web/nosuchthing", accept: RestTestSite.Verbose);

        site.Status.ShouldBe(404);
        site.Body!["odata.error"]!["code"]!.ToString().ShouldBe("-2147024894, System.IO.FileNotFoundException");
        resource.Status.ShouldBe(404);
        resource.Body!["error"]!["code"]!.ToString().ShouldBe("-1, Microsoft.SharePoint.Client.ResourceNotFoundException");
    }

    [Fact]
    public async Task FaultHeader_Throttles_With429RetryAfterEnforcedPerAppAndIsCounted()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        using var throttledApp = Client(_tenant.Host.IssueToken(TenantFixture.Admin, appId: "rest-throttle-test"));
        var mark = _tenant.Host.Counter.Mark();

        var throttled = await RestTestSite.SendRawAsync(throttledApp, HttpMethod.Get, site.Api + "web/navigation/QuickLaunch",
            configure: r => r.Headers.Add("x-copsites-faults", "throttle-rate=1;retry-after-s=3"));
        var earlyRetry = await RestTestSite.SendRawAsync(throttledApp, HttpMethod.Get, site.Api + "web/navigation/QuickLaunch");
        var otherApp = await site.SendAsync(HttpMethod.Get, "web/navigation/QuickLaunch");

        throttled.Status.ShouldBe(429);
        throttled.Response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(3));
        throttled.Body!["odata.error"].ShouldNotBeNull();
        earlyRetry.Status.ShouldBe(429, "a call made before Retry-After has passed is throttled again");
        otherApp.Status.ShouldBe(200);
        var counted = _tenant.Host.Counter.Since(mark);
        counted.Throttled.ShouldBe(2);
        counted.ByRoute.ShouldContain(r => r.Route == "_api/web/navigation/QuickLaunch" && r.Status == 429);
        counted.RoundTrips.ShouldBe(3);
    }

    private HttpClient Client(string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(_tenant.Host.BaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
