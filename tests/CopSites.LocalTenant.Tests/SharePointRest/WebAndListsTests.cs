using CopSites.LocalTenant.Storage;
using CopSites.LocalTenant.Tests.TestSupport;

namespace CopSites.LocalTenant.Tests.SharePointRest;

public sealed class WebAndListsTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public WebAndListsTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task GetWeb_GroupSite_DescribesTheSiteGraphKnows()
    {
        var site = await RestTestSite.CreateAsync(_tenant, "Urban Mobility CoP");

        var web = await site.SendAsync(HttpMethod.Get, "web");
        var siteCollection = await site.SendAsync(HttpMethod.Get, "site");

        web.Status.ShouldBe(200);
        web.Body!["Title"]!.ToString().ShouldBe("Urban Mobility CoP");
        web.Body["ServerRelativeUrl"]!.ToString().ShouldBe($"/sites/{site.Alias}");
        web.Body["Url"]!.ToString().ShouldBe($"{_tenant.Host.BaseUrl}/sites/{site.Alias}");
        web.Body["WebTemplate"]!.ToString().ShouldBe("GROUP");
        web.Body["Language"]!.GetValue<int>().ShouldBe(1033);
        web.Body["Id"]!.ToString().ShouldBe(site.SiteId.Split(',')[2]);
        siteCollection.Body!["Id"]!.ToString().ShouldBe(site.SiteId.Split(',')[1]);
        web.Header("SPRequestGuid").ShouldNotBeEmpty();
        web.Header("request-id").ShouldBe(web.Header("SPRequestGuid"));
    }

    [Fact]
    public async Task MergeWeb_TitleDescriptionLogo_IsVisibleThroughGraph()
    {
        var site = await RestTestSite.CreateAsync(_tenant);

        var merge = await site.SendAsync(HttpMethod.Post, "web",
            new Dictionary<string, object> { ["__metadata"] = new { type = "SP.Web" }, ["Title"] = "Water & Sanitation CoP", ["Description"] = "Practitioners", ["SiteLogoUrl"] = $"/sites/{site.Alias}/SiteAssets/logo.png" },
            RestTestSite.Verbose, r => r.Headers.Add("X-HTTP-Method", "MERGE"));

        merge.Status.ShouldBe(204);
        var graphSite = await _tenant.Graph.Sites[site.SiteId].GetAsync();
        graphSite!.DisplayName.ShouldBe("Water & Sanitation CoP");
        graphSite.Description.ShouldBe("Practitioners");
        var web = await site.SendAsync(HttpMethod.Get, "web", accept: RestTestSite.Verbose);
        web.Body!["d"]!["Title"]!.ToString().ShouldBe("Water & Sanitation CoP");
        web.Body["d"]!["SiteLogoUrl"]!.ToString().ShouldBe($"/sites/{site.Alias}/SiteAssets/logo.png");
        web.Body["d"]!["__metadata"]!["type"]!.ToString().ShouldBe("SP.Web");
    }

    [Fact]
    public async Task MergeWeb_UnknownProperty_Is400AndChangesNothing()
    {
        var site = await RestTestSite.CreateAsync(_tenant, "Before");

        var merge = await site.SendAsync(HttpMethod.Patch, "web", new { Title = "After", Colour = "blue" });

        merge.Status.ShouldBe(400);
        merge.Body!["odata.error"]!["message"]!["value"]!.ToString().ShouldContain("Colour");
        (await _tenant.Graph.Sites[site.SiteId].GetAsync())!.DisplayName.ShouldBe("Before");
    }

    [Fact]
    public async Task GetByTitle_Documents_GivesIdAndRootFolderAndUnknownTitleIs404()
    {
        var site = await RestTestSite.CreateAsync(_tenant);
        // The Graph lists routes live in another family; the stored list is the shared contract.
        var documents = await _tenant.Host.Database.ReadAsync(
            async s => (await s.FindByPropertyAsync(EntityKinds.List, site.SiteId, "displayName", "Documents", CancellationToken.None)).Single(), CancellationToken.None);

        var list = await site.SendAsync(HttpMethod.Get, "web/lists/GetByTitle('Documents')?$select=Id,Title,RootFolder/ServerRelativeUrl&$expand=RootFolder");
        var folder = await site.SendAsync(HttpMethod.Get, "web/lists/GetByTitle('documents')/RootFolder");
        var missing = await site.SendAsync(HttpMethod.Get, "web/lists/GetByTitle('No such list')");

        list.Status.ShouldBe(200);
        list.Body!["Id"]!.ToString().ShouldBe(documents.Id);
        list.Body["RootFolder"]!["ServerRelativeUrl"]!.ToString().ShouldBe($"/sites/{site.Alias}/Shared Documents");
        list.Body["BaseTemplate"].ShouldBeNull();
        folder.Body!["ServerRelativeUrl"]!.ToString().ShouldBe($"/sites/{site.Alias}/Shared Documents");
        missing.Status.ShouldBe(404);
        missing.Body!["odata.error"]!["message"]!["value"]!.ToString().ShouldStartWith("List 'No such list' does not exist at site with URL");
    }

    [Fact]
    public async Task RootSite_IsServedUnderTheBareApi()
    {
        var root = await RestTestSite.SendRawAsync(_tenant.Http, HttpMethod.Get, "_api/web");
        var pages = await RestTestSite.SendRawAsync(_tenant.Http, HttpMethod.Get, "_api/web/lists/GetByTitle('Site Pages')");

        root.Status.ShouldBe(200);
        root.Body!["ServerRelativeUrl"]!.ToString().ShouldBe("/");
        root.Body["WebTemplate"]!.ToString().ShouldBe("SITEPAGEPUBLISHING");
        pages.Body!["BaseTemplate"]!.GetValue<int>().ShouldBe(119);
    }
}
