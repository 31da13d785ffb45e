using CopSites.Cli.Commands.Worker;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Running;
using CopSites.Testing;

namespace CopSites.Cli.Tests.Worker;

/// <summary>`copsites worker` over the example charters: what a KLD operator sees, and the bad options refused.</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-worker-cli-").FullName;
    private static string Charters => Path.Combine(RepositoryPaths.Root, "provisioning-templates", "charters");

    private string Store => Path.Combine(_folder, "data", "worker.db");

    [Fact]
    public async Task Once_RunsEveryCharteredCoP_AndPrintsTheRunLog()
    {
        var runner = new RecordingRunner(fails: "gender-diversity-ops");

        var run = await InvokeAsync(runner, "worker", "--charters", Charters, "--connection", Store, "--once", "--tenant", "https://contoso.sharepoint.com");

        run.Exit.ShouldBe(ExitCodes.Failure, run.Errors);
        runner.Sites.Select(s => s.Alias).Order().ShouldBe(["fiscal-transparency", "gender-diversity-ops", "urban-mobility"]);
        runner.Sites.ShouldContain(s => s.SiteUrl == new Uri("https://contoso.sharepoint.com/sites/urban-mobility"));
        runner.Settings["gender-diversity-ops"].DeclaredStage.ShouldBe(CopSites.Domain.LifeCycleStage.Growth);
        run.Errors.ShouldContain("urban-mobility succeeded");
        run.Errors.ShouldContain("gender-diversity-ops failed: gender-diversity-ops: the Events list was deleted");
        run.Errors.ShouldContain("3 CoPs, 3 run at least once, 1 failing on their last run.");
    }

    [Fact]
    public async Task Once_WithTheRealRunner_ReportsCopsThatAreNotProvisioned_NamingTheirSites()
    {
        await using var tenant = await CopSites.LocalTenant.LocalTenantHost.StartAsync(new CopSites.LocalTenant.LocalTenantOptions { DataPath = Path.Combine(_folder, "tenant.db") });

        var run = await InvokeAsync(null, "worker", "--charters", Charters, "--connection", Store, "--once", "--tenant", tenant.BaseUrl);

        run.Exit.ShouldBe(ExitCodes.Failure);
        run.Errors.ShouldContain("sites/urban-mobility: cannot read the site");
        run.Errors.ShouldContain("3 failing on their last run");
    }

    [Theory]
    [InlineData("--cron", "every day", "--cron: 'every day' is not a Quartz cron expression")]
    [InlineData("--cron-for", "urban-mobility", "--cron-for 'urban-mobility' must be ALIAS=CRON")]
    [InlineData("--cron-for", "no-such-cop=0 0 2 1 * ?", "--cron-for no-such-cop: no valid charter")]
    [InlineData("--store", "mysql", "--store 'mysql' is not one of sqlite, postgres")]
    [InlineData("--tenant", "contoso", "--tenant 'contoso' must be an absolute http(s) URL")]
    public async Task BadOption_IsRefusedNamingIt_BeforeAnythingRuns(string option, string value, string expected)
    {
        var runner = new RecordingRunner();

        var run = await InvokeAsync(runner, "worker", "--charters", Charters, "--connection", Store, "--once", option, value);

        run.Exit.ShouldBe(ExitCodes.InvalidInput, run.Errors);
        runner.Sites.ShouldBeEmpty();
        run.Errors.ShouldContain(expected);
        run.Errors.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task PostgresWithoutConnection_AndMissingCharters_AreRefusedTogether()
    {
        var run = await InvokeAsync(new RecordingRunner(), "worker", "--charters", Path.Combine(_folder, "missing"), "--store", "postgres");

        run.Exit.ShouldBe(ExitCodes.InvalidInput);
        run.Errors.ShouldContain("no such folder");
        run.Errors.ShouldContain("--connection is required with --store postgres");
        File.Exists(Store).ShouldBeFalse();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int Exit, string Errors)> InvokeAsync(IIndicatorRunner? runner, params string[] arguments)
    {
        var errors = new StringWriter();
        var console = TerminalConsole.Create(errors, redirected: true, noColor: null);
        var root = new System.CommandLine.RootCommand { WorkerCommand.Create(console, runner) };
        var exit = await root.Parse(arguments).InvokeAsync();
        return (exit, errors.ToString());
    }

    private sealed class RecordingRunner(string? fails = null) : IIndicatorRunner
    {
        public System.Collections.Concurrent.ConcurrentBag<CommunitySite> Sites { get; } = [];

        public System.Collections.Concurrent.ConcurrentDictionary<string, ReportSettings> Settings { get; } = new();

        public Task<IndicatorRunResult> RunAsync(CommunitySite site, ReportSettings settings, CancellationToken cancellationToken)
        {
            Sites.Add(site);
            Settings[site.Alias] = settings;
            return Task.FromResult(site.Alias == fails
                ? new IndicatorRunResult(site, false, null, $"{site.Alias}: the Events list was deleted")
                : new IndicatorRunResult(site, true, null, null));
        }
    }
}
