using CopSites.EndToEnd.Tests.TestSupport;
using CopSites.LocalTenant;
using Microsoft.Playwright;

namespace CopSites.EndToEnd.Tests.Indicators;

/// <summary>
/// The third journey as a lead sees it: `copsites demo --no-serve` provisions and measures the example CoPs, then the
/// same tenant is served again and a real Chromium opens a CoP's Usage page: every section is there, the charts load
/// as images from the CoP's own library with their alternative text, nothing errors, and a screenshot is kept.
/// </summary>
public sealed class UsagePageBrowserTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-usage-page-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Demo_UsagePage_ReadsWellInABrowser()
    {
        var data = Path.Combine(_folder, "demo.db");
        var demo = await CliProcess.RunAsync(RepositoryRoot(), TimeSpan.FromMinutes(6), "demo", "--no-serve", "--data", data);
        demo.ExitCode.ShouldBe(0, demo.StandardError);
        demo.StandardError.ShouldContain("urban-mobility/SitePages/Usage.aspx");

        await using var tenant = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = data });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GotoAsync($"{tenant.BaseUrl}/sites/urban-mobility/SitePages/Usage.aspx");

        var text = await page.Locator("body").InnerTextAsync();
        foreach (var heading in new[] { "Activity and engagement", "Perception and value", "Results and institutional impact", "How the community is connected", "Recognition", "Life-cycle stage" })
        {
            text.ShouldContain(heading);
        }

        text.ShouldContain("learning tool, not a performance evaluation");
        var images = page.Locator("figure.cs-image img");
        (await images.CountAsync()).ShouldBeGreaterThanOrEqualTo(5);
        for (var i = 0; i < await images.CountAsync(); i++)
        {
            var image = images.Nth(i);
            await image.ScrollIntoViewIfNeededAsync();
            (await image.GetAttributeAsync("alt")).ShouldNotBeNullOrWhiteSpace();
            // Server-relative, as SharePoint's Image web part stores it, and served from the CoP's own library.
            (await image.GetAttributeAsync("src")).ShouldStartWith("/sites/urban-mobility/");
            (await image.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth, () => 0)")).ShouldBeGreaterThan(0, $"chart {i + 1} did not load");
        }

        errors.ShouldBeEmpty();
        var shots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "usage-page.png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CopSites.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CopSites.sln not found above " + AppContext.BaseDirectory);
    }
}
