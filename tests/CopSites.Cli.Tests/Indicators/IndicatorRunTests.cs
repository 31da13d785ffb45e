using System.Text.Json.Nodes;
using CopSites.Cli.Tests.Provisioning;

namespace CopSites.Cli.Tests.Indicators;

/// <summary>
/// `copsites indicators run` against a provisioned CoP on the local tenant: the Usage page is filled in place (never a
/// second page), the Indicators list gets one row per figure, and a rerun over the same activity adds no row.
/// </summary>
public sealed class IndicatorRunTests(LocalTenantFixture tenant) : IClassFixture<LocalTenantFixture>, IDisposable
{
    private const string Alias = "indicator-run-cop";
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-indicator-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_FillsTheUsagePageInPlace_AndARerunAddsNoRows()
    {
        var charter = Path.Combine(_folder, "charter.yaml");
        File.WriteAllText(charter, File.ReadAllText(Repository.Charter("urban-mobility")).Replace("alias: urban-mobility", "alias: " + Alias, StringComparison.Ordinal));
        var provision = await CliRun.InvokeAsync("provision", "--charter", charter, "--tenant", tenant.Url);
        provision.ExitCode.ShouldBe(0, provision.ToString());
        var site = await tenant.GraphAsync($"sites/127.0.0.1:/sites/{Alias}?$select=id");
        var siteId = site["id"]!.GetValue<string>();
        var pagesBefore = (await tenant.GraphAsync($"sites/{siteId}/pages?$select=id,name"))["value"]!.AsArray().Count;
        string[] run = ["indicators", "run", "--charter", charter, "--tenant", tenant.Url, "--history", Path.Combine(_folder, "history"), "--output", "json"];

        var first = await CliRun.InvokeAsync(run);
        var rowsAfterFirst = await RowsAsync(siteId);
        var mark = tenant.Host.Counter.Mark();
        var second = await CliRun.InvokeAsync(run);
        var rowWrites = tenant.Host.Counter.Since(mark);
        var rowsAfterSecond = await RowsAsync(siteId);

        first.ExitCode.ShouldBe(0, first.ToString());
        second.ExitCode.ShouldBe(0, second.ToString());
        var summary = JsonNode.Parse(first.StandardOutput)!["runs"]![0]!;
        summary["succeeded"]!.GetValue<bool>().ShouldBeTrue();
        summary["members"]!.GetValue<int>().ShouldBe(10);
        rowsAfterFirst.Count.ShouldBe(summary["observations"]!.GetValue<int>());
        static string Title(JsonNode r) => r["fields"]!["Title"]!.GetValue<string>();
        rowsAfterSecond.Select(Title).Except(rowsAfterFirst.Select(Title)).ShouldBeEmpty();
        rowsAfterSecond.Count.ShouldBe(rowsAfterFirst.Count);
        rowsAfterSecond.Select(r => r["fields"]!["Title"]!.GetValue<string>() + "|" + r["fields"]!["CopIndicatorKey"]!.GetValue<string>()).ShouldBeUnique();
        var pages = (await tenant.GraphAsync($"sites/{siteId}/pages?$select=id,name"))["value"]!.AsArray();
        pages.Count.ShouldBe(pagesBefore);
        var usage = pages.Single(p => p!["name"]!.GetValue<string>() == "Usage.aspx")!;
        var canvas = (await tenant.GraphAsync($"sites/{siteId}/pages/{usage["id"]}/microsoft.graph.sitePage?$expand=canvasLayout")).ToJsonString();
        canvas.ShouldContain("Activity and engagement");
        canvas.ShouldContain("How the community is connected");
        canvas.ShouldContain("usage-participation.svg");
        rowWrites.Writes.ShouldBeLessThan(rowsAfterFirst.Count); // unchanged rows are not written again
    }

    [Fact]
    public async Task Run_ForASiteThatDoesNotExist_FailsNamingIt_ExitThree()
    {
        var run = await CliRun.InvokeAsync("indicators", "run", "--site", $"{tenant.Url}/sites/no-such-cop", "--tenant", tenant.Url, "--history", Path.Combine(_folder, "h2"));

        run.ExitCode.ShouldBe(ExitCodes.TenantError, run.ToString());
        run.StandardError.ShouldContain("no-such-cop");
        run.StandardError.ShouldContain("cannot read the site");
        run.StandardError.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Portfolio_PrintsOneRowPerCop_AndPublishesThePortfolioPageOnTheRootSite()
    {
        var folder = Path.Combine(_folder, "charters");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.yaml"), File.ReadAllText(Repository.Charter("urban-mobility")).Replace("alias: urban-mobility", "alias: portfolio-cop", StringComparison.Ordinal));
        (await CliRun.InvokeAsync("provision", "--charters", folder, "--tenant", tenant.Url)).ExitCode.ShouldBe(0);

        var run = await CliRun.InvokeAsync("indicators", "portfolio", "--charters", folder, "--tenant", tenant.Url, "--history", Path.Combine(_folder, "h3"), "--output", "csv");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("alias,name,site,stage,members,participationRate,products,trend");
        lines.ShouldContain(l => l.StartsWith("portfolio-cop,Urban Mobility Community of Practice,", StringComparison.Ordinal));
        var root = (await tenant.GraphAsync("sites/root?$select=id"))["id"]!.GetValue<string>();
        var pages = (await tenant.GraphAsync($"sites/{root}/pages?$select=id,name"))["value"]!.AsArray();
        var portfolio = pages.Single(p => p!["name"]!.GetValue<string>() == "Portfolio.aspx")!;
        (await tenant.GraphAsync($"sites/{root}/pages/{portfolio["id"]}/microsoft.graph.sitePage?$expand=canvasLayout")).ToJsonString().ShouldContain("portfolio-cop/SitePages/Usage.aspx");
    }

    [Theory]
    [InlineData(new string[0], "give exactly one of --charter, --charters or --site")]
    [InlineData(new[] { "--site", "not a url" }, "--site 'not a url' is not an absolute http(s) URL")]
    [InlineData(new[] { "--site", "ftp://host/sites/x" }, "is not an absolute http(s) URL")]
    public async Task Run_BadOptions_AreNamed_ExitTwo_BeforeAnyTenantCall(string[] options, string message)
    {
        var mark = tenant.Host.Counter.Mark();

        var run = await CliRun.InvokeAsync(["indicators", "run", "--tenant", tenant.Url, .. options]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardError.ShouldContain(message);
        tenant.Host.Counter.Since(mark).Writes.ShouldBe(0);
    }

    [Fact]
    public async Task Run_ACorruptHistoryFile_IsNamed_AndLeftAsItWas()
    {
        var charter = Path.Combine(_folder, "corrupt.yaml");
        File.WriteAllText(charter, File.ReadAllText(Repository.Charter("urban-mobility")).Replace("alias: urban-mobility", "alias: corrupt-history-cop", StringComparison.Ordinal));
        (await CliRun.InvokeAsync("provision", "--charter", charter, "--tenant", tenant.Url)).ExitCode.ShouldBe(0);
        var history = Path.Combine(_folder, "h4");
        Directory.CreateDirectory(history);
        var file = Path.Combine(history, "corrupt-history-cop.json");
        File.WriteAllText(file, "{ not json");

        var run = await CliRun.InvokeAsync("indicators", "run", "--charter", charter, "--tenant", tenant.Url, "--history", history);

        run.ExitCode.ShouldBe(ExitCodes.TenantError, run.ToString());
        run.StandardError.ShouldContain("corrupt-history-cop.json");
        run.StandardError.ShouldContain("move it aside to start afresh");
        run.StandardError.ShouldNotContain("   at ");
        File.ReadAllText(file).ShouldBe("{ not json");
    }

    private async Task<List<JsonNode>> RowsAsync(string siteId)
    {
        var lists = (await tenant.GraphAsync($"sites/{siteId}/lists?$select=id,webUrl"))["value"]!.AsArray();
        var listId = lists.Single(l => l!["webUrl"]!.GetValue<string>().EndsWith("/Lists/CopIndicators", StringComparison.Ordinal))!["id"]!.GetValue<string>();
        return (await tenant.GraphAsync($"sites/{siteId}/lists/{listId}/items?$expand=fields&$top=999"))["value"]!.AsArray().OfType<JsonNode>().ToList();
    }
}
