using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Pages;

public sealed class PagesTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public PagesTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task PostPage_AsSitePage_IsCheckedOutDraftWithTheCanvasAsSent()
    {
        var siteId = await RootSiteIdAsync();
        var name = PageTestData.UniqueName("charter");

        var created = await _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(name));
        var read = await _tenant.Graph.Sites[siteId].Pages[created!.Id].GraphSitePage.GetAsync(r => r.QueryParameters.Expand = ["canvasLayout"]);

        created.ShouldBeOfType<SitePage>();
        created.PublishingState!.Level.ShouldBe("checkout");
        created.PublishingState.VersionId.ShouldBe("0.1");
        created.CreatedBy!.User!.DisplayName.ShouldBe("Alice Moreno");
        created.WebUrl.ShouldBe($"{_tenant.Host.BaseUrl}/SitePages/{name}");
        var section = read!.CanvasLayout!.HorizontalSections!.Single();
        section.Layout.ShouldBe(HorizontalSectionLayoutType.OneThirdRightColumn);
        section.Columns!.Select(c => c.Width).ShouldBe([8, 4]);
        section.Columns![0].Webparts!.Single().ShouldBeOfType<TextWebPart>().InnerHtml.ShouldBe("<h2>Welcome</h2>");
        var links = section.Columns[1].Webparts!.Single().ShouldBeOfType<StandardWebPart>();
        links.WebPartType.ShouldBe(PageTestData.QuickLinks);
        links.Data!.Title.ShouldBe("Links");
        links.Id.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Lifecycle_EditPublishEdit_MovesVersionsAndRecordsTheEditor()
    {
        var siteId = await RootSiteIdAsync();
        var page = await _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(PageTestData.UniqueName("life")));
        var bob = _tenant.CreateGraphClient(_tenant.Host.IssueToken("bob@contoso.local"));

        var edited = await bob.Sites[siteId].Pages[page!.Id].PatchAsync(new SitePage { OdataType = "#microsoft.graph.sitePage", Title = "Edited by Bob" });
        await _tenant.PublishAsync(siteId, page.Id!);
        var published = await _tenant.Graph.Sites[siteId].Pages[page.Id].GraphSitePage.GetAsync();
        var reEdited = await _tenant.Graph.Sites[siteId].Pages[page.Id].PatchAsync(new SitePage { OdataType = "#microsoft.graph.sitePage", ShowComments = true });
        await _tenant.PublishAsync(siteId, page.Id!);
        var republished = await _tenant.Graph.Sites[siteId].Pages[page.Id].GetAsync();

        edited!.PublishingState!.VersionId.ShouldBe("0.2");
        edited.LastModifiedBy!.User!.DisplayName.ShouldBe("Bob Tanaka");
        edited.Title.ShouldBe("Edited by Bob");
        published!.PublishingState!.Level.ShouldBe("published");
        published.PublishingState.VersionId.ShouldBe("1.0");
        published.CreatedBy!.User!.DisplayName.ShouldBe("Alice Moreno");
        reEdited!.PublishingState!.Level.ShouldBe("checkout");
        reEdited.PublishingState.VersionId.ShouldBe("1.1");
        ((SitePage)reEdited).ShowComments.ShouldBe(true);
        republished!.PublishingState!.VersionId.ShouldBe("2.0");
    }

    [Fact]
    public async Task PostPage_AsBaseSitePage_Is400AsTheServiceAnswers()
    {
        var siteId = await RootSiteIdAsync();
        var body = new { name = PageTestData.UniqueName("base"), title = "x" };

        var (status, error, _) = await _tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{siteId}/pages",
            System.Text.Json.JsonSerializer.Serialize(body).Insert(1, "\"@odata.type\":\"#microsoft.graph.baseSitePage\","));
        var sdkDefault = await Should.ThrowAsync<ODataError>(() =>
            _tenant.Graph.Sites[siteId].Pages.PostAsync(new SitePage { Name = PageTestData.UniqueName("sdk"), Title = "x" }));

        status.ShouldBe(400);
        error!["error"]!["code"]!.ToString().ShouldBe("invalidRequest");
        sdkDefault.ResponseStatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task PostPage_DuplicateName_Is409()
    {
        var siteId = await RootSiteIdAsync();
        var name = PageTestData.UniqueName("dup");
        await _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(name));

        var error = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(name.ToUpperInvariant())));

        error.ResponseStatusCode.ShouldBe(409);
        error.Error!.Code.ShouldBe("nameAlreadyExists");
    }

    [Fact]
    public async Task Delete_RemovesThePage()
    {
        var siteId = await RootSiteIdAsync();
        var page = await _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(PageTestData.UniqueName("del")));

        await _tenant.Graph.Sites[siteId].Pages[page!.Id].DeleteAsync();

        var error = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[siteId].Pages[page.Id].GetAsync());
        error.ResponseStatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task NewGroupSite_HasPublishedHomePage_ListedBothWays()
    {
        var group = await _tenant.Graph.Groups.PostAsync(new Group
        {
            DisplayName = "Pages CoP", MailNickname = "pages-" + Guid.NewGuid().ToString("N")[..8], GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        });
        var site = await _tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync();

        var pages = await _tenant.Graph.Sites[site!.Id].Pages.GetAsync();
        var sitePages = await _tenant.Graph.Sites[site.Id].Pages.GraphSitePage.GetAsync(r => r.QueryParameters.Expand = ["canvasLayout"]);

        var home = pages!.Value!.Single();
        home.Name.ShouldBe("Home.aspx");
        home.PublishingState!.Level.ShouldBe("published");
        home.WebUrl.ShouldBe(site.WebUrl + "/SitePages/Home.aspx");
        sitePages!.Value!.Single().CanvasLayout!.HorizontalSections!.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Get_RecordsAccess_CreateAndEditAreRecordedToo()
    {
        var siteId = await RootSiteIdAsync();
        var page = await _tenant.Graph.Sites[siteId].Pages.PostAsync(PageTestData.TwoColumnPage(PageTestData.UniqueName("act")));
        await _tenant.Graph.Sites[siteId].Pages[page!.Id].PatchAsync(new SitePage { OdataType = "#microsoft.graph.sitePage", Title = "t" });
        var carol = _tenant.CreateGraphClient(_tenant.Host.IssueToken("carol@contoso.local"));

        await carol.Sites[siteId].Pages[page.Id].GraphSitePage.GetAsync();

        var target = $"site/{siteId}/page/{page.Id}";
        var activities = await _tenant.Host.Database.ReadAsync(s => s.ListActivitiesAsync(target, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default), default);
        activities.Select(a => (a.Action, a.Actor)).ShouldBe([("create", TenantFixture.Admin), ("edit", TenantFixture.Admin), ("access", "carol@contoso.local")]);
    }

    private async Task<string> RootSiteIdAsync() => (await _tenant.Graph.Sites["root"].GetAsync())!.Id!;
}
