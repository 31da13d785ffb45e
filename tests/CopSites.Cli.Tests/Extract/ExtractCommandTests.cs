using System.Text.Json;
using CopSites.Cli.Commands;
using CopSites.Provisioning.Templates.Xml;
using Spectre.Console;

namespace CopSites.Cli.Tests.Extract;

/// <summary>`copsites extract` through the command line, in process, against the embedded local tenant.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "copsites-cli", Guid.NewGuid().ToString("N"));

    private string Data => Path.Combine(_folder, "tenant.db");

    [Fact]
    public async Task Extract_ProvisionedCop_WritesAValidTemplateAndPrintsOnlyTheSummaryJson()
    {
        (await RunAsync("provision", "--charter", Charter("fiscal-transparency"), "--data", Data, "--output", "json")).Exit.ShouldBe(ExitCodes.Success);
        var file = Path.Combine(_folder, "out", "T.xml");

        var (exit, output, errors) = await RunAsync("extract", "--site", "/sites/fiscal-transparency", "--out", file, "--data", Data, "--output", "json");

        exit.ShouldBe(ExitCodes.Success, errors);
        PnpSchemaValidator.Validate(await File.ReadAllTextAsync(file), file).ShouldBeEmpty();
        using var summary = JsonDocument.Parse(output);
        var root = summary.RootElement;
        root.GetProperty("site").GetProperty("url").GetString().ShouldEndWith("/sites/fiscal-transparency");
        root.GetProperty("template").GetString().ShouldBe(file);
        root.GetProperty("extracted").GetProperty("lists").GetInt32().ShouldBe(9);
        root.GetProperty("extracted").GetProperty("pages").GetInt32().ShouldBe(2);
        root.GetProperty("extracted").GetProperty("termSets").GetInt32().ShouldBe(1);
        root.GetProperty("warnings").GetArrayLength().ShouldBe(0);
        root.GetProperty("requests").GetProperty("roundTrips").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Extract_UnknownSite_SaysSoAndExitsWithInvalidInput()
    {
        var file = Path.Combine(_folder, "T.xml");

        var (exit, output, errors) = await RunAsync("extract", "--site", "https://contoso.sharepoint.com/sites/nowhere", "--out", file, "--data", Data);

        exit.ShouldBe(ExitCodes.InvalidInput);
        output.ShouldBeEmpty();
        errors.ShouldContain("no site at");
        errors.ShouldContain("/sites/nowhere");
        errors.ShouldNotContain("Exception");
        File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public async Task Extract_SiteThatIsNotAUrl_ExitsWithInvalidInputNamingTheOption()
    {
        var (exit, output, errors) = await RunAsync("extract", "--site", "fiscal-transparency", "--out", Path.Combine(_folder, "T.xml"), "--data", Data);

        exit.ShouldBe(ExitCodes.InvalidInput);
        output.ShouldBeEmpty();
        errors.ShouldContain("--site");
    }

    [Fact]
    public async Task Extract_TenantThatCannotBeReached_SaysSoAndExitsWithTenantError()
    {
        var (exit, output, errors) = await RunAsync("extract", "--site", "/sites/x", "--out", Path.Combine(_folder, "T.xml"), "--tenant", "http://127.0.0.1:1");

        exit.ShouldBe(ExitCodes.TenantError);
        output.ShouldBeEmpty();
        errors.ShouldContain("http://127.0.0.1:1 cannot be reached");
        errors.ShouldNotContain("HttpRequestException");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The tenant's database may still be closing; a temp folder is not worth failing a test for.
        }
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(errors), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var exit = await CopSitesCommandLine.Create(console, output).Parse(args).InvokeAsync();
        return (exit, output.ToString(), errors.ToString());
    }

    private static string Charter(string name) => CopSites.Testing.RepositoryPaths.Charter(name);
}
