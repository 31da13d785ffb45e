using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Extraction;

namespace CopSites.Provisioning.Tests.Extraction;

public sealed class SiteUrlTokensTests
{
    private static readonly SiteUrlTokens Cop = new(SampleSite.Facts);

    [Theory]
    [InlineData("/sites/cop", "{site}")]
    [InlineData("/sites/cop/SitePages/Home.aspx", "{site}/SitePages/Home.aspx")]
    [InlineData("/sites/COP/Lists/Events?view=1", "{site}/Lists/Events?view=1")]
    [InlineData("https://contoso.sharepoint.com/sites/cop/Lists/Events", "{site}/Lists/Events")]
    [InlineData("/sites/cop-two/Lists/Events", "/sites/cop-two/Lists/Events")]
    [InlineData("https://fabrikam.sharepoint.com/sites/cop/Lists/Events", "https://fabrikam.sharepoint.com/sites/cop/Lists/Events")]
    [InlineData("https://partner.example.org/", "https://partner.example.org/")]
    public void Url_OnlyTheSitesOwnPrefixBecomesTheToken(string url, string expected) => Cop.Url(url).ShouldBe(expected);

    [Fact]
    public void InHtml_ReplacesLinksIntoTheSiteOnly()
    {
        Cop.InHtml("<a href=\"/sites/cop/Lists/A\">a</a> <img src='https://contoso.sharepoint.com/sites/cop/SiteAssets/x.png'> /sites/cop in text <a href=\"/sites/cop-two\">b</a>")
            .ShouldBe("<a href=\"{site}/Lists/A\">a</a> <img src='{site}/SiteAssets/x.png'> /sites/cop in text <a href=\"/sites/cop-two\">b</a>");
    }

    [Fact]
    public void RootSite_NavigationUrlsStillGetTheTokenButWebPartTextIsLeftAlone()
    {
        var root = new SiteUrlTokens(new SiteFacts("contoso.sharepoint.com,1,2", new Uri("https://contoso.sharepoint.com/"), null, "Root"));

        root.Url("/SitePages/Home.aspx").ShouldBe("{site}/SitePages/Home.aspx");
        root.InJson("/SitePages/Home.aspx").ShouldBe("/SitePages/Home.aspx");
        root.InHtml("<a href=\"/SitePages/Home.aspx\">home</a>").ShouldBe("<a href=\"/SitePages/Home.aspx\">home</a>");
    }
}
