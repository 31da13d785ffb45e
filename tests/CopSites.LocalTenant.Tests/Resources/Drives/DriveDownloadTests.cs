using System.Net;
using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Drives;

public sealed class DriveDownloadTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public DriveDownloadTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task GetContent_ThroughSdk_FollowsRedirectToBytesAndRecordsAccess()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("Dl")}/report.txt:"].Content.PutAsync(DriveTestData.Text("the report"));
        var listItem = await _tenant.Graph.Drives[driveId].Items[file!.Id].ListItem.GetAsync();
        var reader = _tenant.CreateGraphClient(_tenant.Host.IssueToken("bob@contoso.local"));

        var stream = await reader.Drives[driveId].Items[file.Id].Content.GetAsync();

        (await DriveTestData.ReadAllAsync(stream!)).ShouldBe("the report");
        var target = $"site/{file.ParentReference!.SiteId}/list/{listItem!.ParentReference!.Id}/item/{listItem.Id}";
        var activities = await _tenant.Host.Database.ReadAsync(s => s.ListActivitiesAsync(target, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default), default);
        activities.Where(a => a.Target == target).Select(a => (a.Action, a.Actor)).ShouldBe([("create", TenantFixture.Admin), ("access", "bob@contoso.local")]);
    }

    [Fact]
    public async Task GetContent_Raw_Is302ToDownloadUrlThatWorksWithoutTokenAndCarriesTheContentType()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("Raw")}/page.html:"].Content.PutAsync(DriveTestData.Text("<p>hi</p>"));
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{_tenant.Host.GraphBaseUrl}/drives/{driveId}/items/{file!.Id}/content");
        request.Headers.Authorization = new("Bearer", _tenant.Token);

        var redirect = await noRedirect.SendAsync(request);
        using var anonymous = new HttpClient();
        var download = await anonymous.GetAsync(redirect.Headers.Location);

        redirect.StatusCode.ShouldBe(HttpStatusCode.Found);
        // The pre-authenticated part carries its own expiry, so two URLs minted a second apart differ there only.
        static string WithoutAuth(string url) => url[..url.IndexOf("&tempauth=", StringComparison.Ordinal)];
        WithoutAuth(redirect.Headers.Location!.ToString()).ShouldBe(WithoutAuth(file.AdditionalData["@microsoft.graph.downloadUrl"].ToString()!), StringCompareShould.IgnoreCase);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await download.Content.ReadAsStringAsync()).ShouldBe("<p>hi</p>");
    }

    [Fact]
    public async Task DownloadUrl_Tampered_Is401()
    {
        var driveId = await _tenant.DocumentsDriveIdAsync();
        var file = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("T")}/a.txt:"].Content.PutAsync(DriveTestData.Text("secret"));
        var other = await _tenant.Graph.Drives[driveId].Items[$"root:/{DriveTestData.UniqueFolder("T")}/b.txt:"].Content.PutAsync(DriveTestData.Text("other"));
        var url = file!.AdditionalData["@microsoft.graph.downloadUrl"].ToString()!;
        using var anonymous = new HttpClient();

        var swapped = await anonymous.GetAsync(url.Replace(file.Id!, other!.Id!));
        var forged = await anonymous.GetAsync(url[..^4] + "AAAA");

        swapped.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DownloadUrl_AfterAnHour_HasExpired()
    {
        var clock = new ManualClock();
        await using var tenant = new TenantFixtureWithClock(clock);
        await tenant.InitializeAsync();
        var driveId = (await tenant.Graph.Sites["root"].Drive.GetAsync())!.Id;
        var file = await tenant.Graph.Drives[driveId].Items["root:/a.txt:"].Content.PutAsync(DriveTestData.Text("soon gone"));
        var url = file!.AdditionalData["@microsoft.graph.downloadUrl"].ToString();
        using var anonymous = new HttpClient();

        var fresh = await anonymous.GetAsync(url);
        clock.Now += TimeSpan.FromMinutes(61);
        var stale = await anonymous.GetAsync(url);

        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Upload_OverMaxUploadBytes_Is507InsufficientStorage()
    {
        var small = new TenantFixture(new LocalTenantOptions { MaxUploadBytes = 16 });
        await small.InitializeAsync();
        try
        {
            var driveId = (await small.Graph.Sites["root"].Drive.GetAsync())!.Id;

            var error = await Should.ThrowAsync<ODataError>(() => small.Graph.Drives[driveId].Items["root:/big.txt:"].Content.PutAsync(DriveTestData.Text(new string('x', 17))));
            var fits = await small.Graph.Drives[driveId].Items["root:/fits.txt:"].Content.PutAsync(DriveTestData.Text(new string('x', 16)));

            error.ResponseStatusCode.ShouldBe(507);
            error.Error!.Code.ShouldBe("insufficientStorage");
            fits!.Size.ShouldBe(16);
        }
        finally
        {
            await small.DisposeAsync();
        }
    }

    /// <summary>A tenant on a clock the test controls; LocalTenantHost takes the clock, the shared fixture does not.</summary>
    private sealed class TenantFixtureWithClock(ManualClock clock) : IAsyncDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "copsites-tests", Guid.NewGuid().ToString("N"));
        private LocalTenantHost? _host;

        public Microsoft.Graph.GraphServiceClient Graph { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _host = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = Path.Combine(_folder, "tenant.db") }, clock);
            var http = Microsoft.Graph.GraphClientFactory.Create();
            Graph = new Microsoft.Graph.GraphServiceClient(http,
                new Microsoft.Kiota.Abstractions.Authentication.BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(_host.IssueToken(TenantFixture.Admin))),
                _host.GraphBaseUrl);
        }

        public async ValueTask DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }

            try
            {
                System.IO.Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is not worth failing a test for.
            }
        }
    }
}
