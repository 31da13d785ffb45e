namespace CopSites.LocalTenant.Tests.WebUi;

public sealed class WebUiHttpTests : IClassFixture<WebUiFixture>
{
    private readonly WebUiFixture _ui;

    public WebUiHttpTests(WebUiFixture ui) => _ui = ui;

    [Fact]
    public async Task TenantHome_ListsSitesAndPeople_WithoutToken()
    {
        var (status, html, response) = await _ui.GetPageAsync("/");

        status.ShouldBe(200);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain(CopSiteSeed.Title);
        html.ShouldContain($"{_ui.BaseUrl}/sites/{_ui.Cop.Alias}");
        html.ShouldContain("Urban Mobility CoP (Private group)");
        html.ShouldContain("Carol Silva");
        html.ShouldContain("Senior Transport Economist");
    }

    [Fact]
    public async Task Pages_CarryAContentSecurityPolicyThatBlocksScriptsAndOtherOrigins()
    {
        var (_, _, response) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("default-src 'none'");
        policy.ShouldContain("img-src 'self' data:");
        policy.ShouldNotContain("script-src");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Theory]
    [InlineData("/sites/{alias}/SitePages/Missing.aspx")]
    [InlineData("/sites/{alias}/Lists/Missing")]
    [InlineData("/sites/{alias}/Missing%20Library")]
    [InlineData("/sites/does-not-exist")]
    [InlineData("/sites/does-not-exist/_layouts/15/viewlsts.aspx")]
    [InlineData("/sites/{alias}/SitePages/Home")]
    [InlineData("/sites/{alias}/Lists/Shared%20Documents")]
    public async Task Missing_PageListOrSite_Is404WithSharePointErrorPage(string path)
    {
        var (status, html, response) = await _ui.GetPageAsync(path.Replace("{alias}", _ui.Cop.Alias, StringComparison.Ordinal));

        status.ShouldBe(404);
        html.ShouldContain("Sorry, something went wrong");
        html.ShouldContain("404 FILE NOT FOUND");
        html.ShouldContain("Correlation ID: " + response.Headers.GetValues("SPRequestGuid").Single());
    }

    [Fact]
    public async Task NotFound_EchoesThePathEncoded()
    {
        var (status, html, _) = await _ui.GetPageAsync("/sites/%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        status.ShouldBe(404);
        html.ShouldNotContain("<script>alert(1)");
        html.ShouldContain("&lt;script&gt;alert(1)");
    }

    [Fact]
    public async Task ListView_EncodesItemValues_AndRendersPeopleDatesAndBooleansReadably()
    {
        var (status, html, _) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}/Lists/Initiatives/AllItems.aspx");

        status.ShouldBe(200);
        html.ShouldContain("Cycling &lt;b&gt;lanes&lt;/b&gt; &amp; safety");
        html.ShouldContain("<td>Carol Silva</td>");
        html.ShouldContain("<td>Bob Tanaka</td>");
        html.ShouldContain("<td>3/14/2025</td>");
        html.ShouldContain("<td>$125,000.00</td>");
        html.ShouldContain("<td>Yes</td>");
        html.ShouldNotContain("Internal notes");
        html.ShouldNotContain("do not show");
        html.ShouldNotContain("Content Type");
    }

    [Fact]
    public async Task Library_ShowsFoldersThenFilesWithSizeAndModifiedBy()
    {
        var (status, html, _) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}/Shared%20Documents/Forms/AllItems.aspx");

        status.ShouldBe(200);
        html.ShouldContain("<title>Documents - All Documents</title>");
        html.IndexOf("Meetings", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("CoP charter.docx", StringComparison.Ordinal));
        html.ShouldContain("47.5 KB");
        html.ShouldContain("Alice Moreno");
        html.ShouldContain("2 items");
        html.ShouldNotContain(">root<");
    }

    [Fact]
    public async Task SiteContents_CountsItemsOfEveryListAndLibrary()
    {
        var (status, html, _) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}/_layouts/15/viewlsts.aspx");

        status.ShouldBe(200);
        html.ShouldContain($"<td><a href=\"/sites/{_ui.Cop.Alias}/Lists/Initiatives\">Initiatives</a></td><td>List</td><td class=\"num\">3</td>");
        html.ShouldContain($"<td><a href=\"/sites/{_ui.Cop.Alias}/Shared%20Documents\">Documents</a></td><td>Document library</td><td class=\"num\">2</td>");
        html.ShouldContain($"<td><a href=\"/sites/{_ui.Cop.Alias}/SitePages\">Site Pages</a></td><td>Page library</td><td class=\"num\">2</td>");
    }

    [Fact]
    public async Task RootSite_HomePageAndContents_AreServedAtTheRootPaths()
    {
        var (status, html, _) = await _ui.GetPageAsync("/SitePages/Home.aspx");
        status.ShouldBe(200);
        html.ShouldContain("Welcome to Communication site.");

        var (contentsStatus, contents, _) = await _ui.GetPageAsync("/_layouts/15/viewlsts.aspx");
        contentsStatus.ShouldBe(200);
        contents.ShouldContain("<a href=\"/Shared%20Documents\">Documents</a>");
        (await _ui.GetPageAsync("/Shared%20Documents")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task QuickLaunch_RewritesTenantHostLinks_AndDropsUnsafeOnes()
    {
        var (_, html, _) = await _ui.GetPageAsync($"/sites/{_ui.Cop.Alias}/SitePages/Charter.aspx");

        html.ShouldContain($"<a href=\"/sites/{_ui.Cop.Alias}/SitePages/Charter.aspx\" class=\"is-selected\" aria-current=\"page\">Charter</a>");
        html.ShouldContain("<span>Evil</span>");
        html.ShouldNotContain("javascript:");
        html.ShouldContain("<div class=\"above\">Governance</div><h1 class=\"page-title\">Our charter</h1>");
    }
}
