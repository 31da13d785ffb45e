using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CopSites.LocalTenant.Tests.WebUi;

public sealed class WebUiBrowserTests : IClassFixture<WebUiFixture>, IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly WebUiFixture _ui;
    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _requests = [];
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public WebUiBrowserTests(WebUiFixture ui, ChromiumFixture chromium, ITestOutputHelper output) => (_ui, _chromium, _output) = (ui, chromium, output);

    public async Task InitializeAsync()
    {
        _context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        // CI runs on two shared cores; Playwright's 30 s default is too tight when the whole suite competes for them.
        _context.SetDefaultTimeout(120_000);
        _context.SetDefaultNavigationTimeout(120_000);
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) => { if (message.Type == "error") _consoleErrors.Add(message.Text); };
        _page.Request += (_, request) => _requests.Add(request.Url);
    }

    public Task DisposeAsync() => _context.CloseAsync();

    [Fact]
    public async Task Browse_FromTenantHomeToCopSiteHome_RendersSanitisedTextChartAndNavigation()
    {
        await _page.GotoAsync(_ui.BaseUrl + "/");
        (await _page.TitleAsync()).ShouldBe("SharePoint");
        await SaveScreenshotAsync("tenant-home");

        await _page.GetByRole(AriaRole.Link, new() { Name = CopSiteSeed.Title, Exact = true }).ClickAsync();
        await _page.WaitForURLAsync($"{_ui.BaseUrl}/sites/{_ui.Cop.Alias}");

        (await _page.TitleAsync()).ShouldBe($"Home - {CopSiteSeed.Title}");
        (await _page.Locator(".site-title").InnerTextAsync()).ShouldBe(CopSiteSeed.Title);
        (await _page.Locator(".site-meta").InnerTextAsync()).ShouldBe("Private group · 3 members");
        (await _page.Locator(".cs-text").InnerTextAsync()).ShouldContain("Hello CoP members!");
        (await _page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'")).ShouldBeTrue();
        (await _page.Locator("[onclick], [onerror], .cs-text script, .cs-text style, .cs-text iframe, .cs-text img").CountAsync()).ShouldBe(0);
        (await _page.Locator(".cs-text a", new() { HasText = "bad link" }).GetAttributeAsync("href")).ShouldBeNull();
        (await _page.Locator(".cs-text a", new() { HasText = "our initiatives" }).GetAttributeAsync("href")).ShouldBe($"/sites/{_ui.Cop.Alias}/Lists/Initiatives");
        (await _page.Locator("body").IsVisibleAsync()).ShouldBeTrue("the stripped <style> must not hide the page");

        var chart = _page.Locator("svg.cs-chart");
        (await chart.GetAttributeAsync("aria-label")).ShouldBe("Members by city");
        (await chart.Locator(".cs-bar").CountAsync()).ShouldBe(CopSiteSeed.ChartData.Length);
        var axisLabels = await chart.Locator("text.cs-label").AllTextContentsAsync(); // SVG elements have no innerText.
        axisLabels.Count.ShouldBe(CopSiteSeed.ChartData.Length);
        for (var i = 0; i < axisLabels.Count; i++)
        {
            var (label, value) = CopSiteSeed.ChartData[i];
            await Assertions.Expect(chart.Locator("text.cs-label").Nth(i)).ToBeVisibleAsync();
            label.StartsWith(axisLabels[i].TrimEnd('…'), StringComparison.Ordinal).ShouldBeTrue($"axis label '{axisLabels[i]}' may shorten '{label}', never alter it");
            await Assertions.Expect(chart.Locator(".cs-bar").Nth(i)).ToHaveAttributeAsync("data-label", label);
            await Assertions.Expect(chart.Locator(".cs-bar").Nth(i)).ToHaveAttributeAsync("data-value", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var quickLaunch = _page.Locator("nav.quick-launch a");
        (await quickLaunch.AllInnerTextsAsync()).ShouldBe(["Home", "Initiatives", "Charter", "Documents", "Site contents"]);
        (await _page.Locator("nav.quick-launch span", new() { HasText = "Evil" }).CountAsync()).ShouldBe(1);
        (await _page.Locator("nav.top-nav a").AllInnerTextsAsync()).ShouldBe(["CoP portal"]);
        await SaveScreenshotAsync("cop-site-home");
        AssertNothingBlockedOrLoadedFromElsewhere();
    }

    [Fact]
    public async Task HomeWebParts_ShowPeopleLinksImageListAndPlaceholder()
    {
        await _page.GotoAsync($"{_ui.BaseUrl}/sites/{_ui.Cop.Alias}");

        (await _page.Locator(".people .name").AllInnerTextsAsync()).ShouldBe(["Carol Silva", "Mallory Quispe"]);
        (await _page.Locator(".quick-links a").AllInnerTextsAsync()).Select(t => t.Split('\n')[^1].Trim()).ShouldBe(["Initiatives", "Mobility data portal"]);
        var image = _page.Locator(".cs-image img");
        (await image.GetAttributeAsync("src"))!.ShouldStartWith("data:image/svg+xml;base64,");
        (await image.EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(320);
        (await _page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'")).ShouldBeTrue();
        (await _page.Locator("[data-webpart-type='f92bf067-bc19-489e-a556-7fe95f508720'] table.cs-list tbody tr").CountAsync()).ShouldBe(3);
        await Assertions.Expect(_page.Locator(".placeholder", new() { HasText = "Bing Maps" })).ToBeVisibleAsync();
        AssertNothingBlockedOrLoadedFromElsewhere();
    }

    [Fact]
    public async Task QuickLaunch_LeadsToTheListPage_WithOneRowPerItem()
    {
        await _page.GotoAsync($"{_ui.BaseUrl}/sites/{_ui.Cop.Alias}");

        await _page.Locator("nav.quick-launch a", new() { HasText = "Initiatives" }).First.ClickAsync();
        await _page.WaitForURLAsync($"{_ui.BaseUrl}/sites/{_ui.Cop.Alias}/Lists/Initiatives");

        (await _page.TitleAsync()).ShouldBe("Initiatives - All Items");
        (await _page.Locator("nav.quick-launch a.is-selected").InnerTextAsync()).ShouldBe("Initiatives");
        (await _page.Locator("table.cs-list thead th").AllInnerTextsAsync()).ShouldBe(["Title", "Status", "Lead", "Start date", "Budget", "Flagship"]);
        var rows = _page.Locator("table.cs-list tbody tr");
        (await rows.CountAsync()).ShouldBe(3);
        (await rows.Nth(1).Locator("td").First.InnerTextAsync()).ShouldBe("Cycling <b>lanes</b> & safety");
        (await rows.Nth(0).Locator("td").Nth(2).InnerTextAsync()).ShouldBe("Carol Silva");
        await SaveScreenshotAsync("cop-list-initiatives");
        AssertNothingBlockedOrLoadedFromElsewhere();
    }

    [Fact]
    public async Task ArticlePage_DrawsLineAndPieCharts()
    {
        await _page.GotoAsync($"{_ui.BaseUrl}/sites/{_ui.Cop.Alias}/SitePages/Charter.aspx");

        (await _page.Locator("h1.page-title").InnerTextAsync()).ShouldBe("Our charter");
        (await _page.Locator("svg[aria-label='Monthly participation'] .cs-point").CountAsync()).ShouldBe(3);
        (await _page.Locator("svg[aria-label='Monthly participation'] polyline.cs-line").CountAsync()).ShouldBe(1);
        (await _page.Locator("svg[aria-label='Members by unit'] .cs-slice").CountAsync()).ShouldBe(2, "a zero value gets no slice");
        await Assertions.Expect(_page.Locator("svg[aria-label='Members by unit'] text", new() { HasText = "Fiscal" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("cop-charter-page");
        AssertNothingBlockedOrLoadedFromElsewhere();
    }

    private async Task SaveScreenshotAsync(string name)
    {
        var path = ChromiumFixture.ScreenshotPath(name);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"Screenshot: {path}");
    }

    /// <summary>CSP violations show as console errors: none means the page never tried to run script or load from elsewhere.</summary>
    private void AssertNothingBlockedOrLoadedFromElsewhere()
    {
        _consoleErrors.ShouldBeEmpty();
        _requests.Where(u => !u.StartsWith(_ui.BaseUrl + "/", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
