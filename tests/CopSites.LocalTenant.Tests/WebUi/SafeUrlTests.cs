using System.Text;
using CopSites.LocalTenant.WebUi.Html;

namespace CopSites.LocalTenant.Tests.WebUi;

public sealed class SafeUrlTests
{
    private const string Host = "contoso.sharepoint.com";

    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/cop/Lists/Tasks?a=1#b", "/sites/cop/Lists/Tasks?a=1#b")]
    [InlineData("https://CONTOSO.sharepoint.com/", "/")]
    [InlineData("https://learn.microsoft.com/graph", "https://learn.microsoft.com/graph")]
    [InlineData("/sites/cop", "/sites/cop")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("  data:text/html,x", null)]
    public void TenantLink_RewritesTenantHostAndRefusesUnsafeSchemes(string url, string? expected) =>
        SafeUrl.TenantLink(url, Host).ShouldBe(expected);

    [Theory]
    [InlineData("/sites/cop/SiteAssets/logo.svg", "/sites/cop/SiteAssets/logo.svg")]
    [InlineData("https://contoso.sharepoint.com/sites/cop/SiteAssets/logo.png", "/sites/cop/SiteAssets/logo.png")]
    [InlineData("https://evil.example/tracker.gif", null)]
    [InlineData("//evil.example/tracker.gif", null)]
    [InlineData("/\\evil.example/tracker.gif", null)]
    [InlineData("SiteAssets/relative.png", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", null)]
    [InlineData("data:image/svg+xml;base64,not base64!", null)]
    [InlineData("data:image/png", null)]
    public void SameSiteImage_AllowsOnlyThisTenantAndImageDataUrls(string url, string? expected) =>
        SafeUrl.SameSiteImage(url, Host).ShouldBe(expected);

    [Fact]
    public void SameSiteImage_PlainSvgDataUrl_IsReencodedAsBase64()
    {
        const string svg = "<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>";

        var src = SafeUrl.SameSiteImage("data:image/svg+xml;utf8," + Uri.EscapeDataString(svg), Host);

        src.ShouldBe("data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    [Fact]
    public void SameSiteImage_Base64DataUrl_KeepsItsBytes()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 };

        SafeUrl.SameSiteImage("DATA:IMAGE/PNG;BASE64," + Convert.ToBase64String(bytes), Host).ShouldBe("data:image/png;base64," + Convert.ToBase64String(bytes));
    }
}
