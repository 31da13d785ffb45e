using System.Text;
using System.Text.Json;
using CopSites.Cli.Commands;
using CopSites.Cli.Tests.Provisioning;

namespace CopSites.Cli.Tests.Hostile;

/// <summary>A template with thousands of errors: a person sees the first ones and a count, a script a bounded list.</summary>
public sealed class ErrorFloodTests : IDisposable
{
    private const int Errors = 3_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-error-flood-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string TemplateWithUnknownTokens()
    {
        var properties = new StringBuilder();
        for (var i = 0; i < Errors; i++)
        {
            properties.Append($"<pnp:PropertyBagEntry Key=\"k{i}\" Value=\"{{bogus:T{i}}}\" />\n");
        }

        var path = Path.Combine(_folder, "flood.xml");
        File.WriteAllText(path, $"<pnp:ProvisioningTemplate ID=\"T\" xmlns:pnp=\"http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema\">\n<pnp:PropertyBagEntries>\n{properties}</pnp:PropertyBagEntries>\n</pnp:ProvisioningTemplate>");
        return path;
    }

    [Fact]
    public async Task Validate_ShowsTheFirstErrorsAndHowManyMore()
    {
        var run = await CliRun.InvokeAsync("validate", "--template", TemplateWithUnknownTokens());

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StandardError.Split('\n').Count(l => l.StartsWith("error ", StringComparison.Ordinal)).ShouldBe(CommandErrors.ShownProblems);
        run.StandardError.ShouldContain("{bogus:T0}");
        run.StandardError.ShouldNotContain("{bogus:T2999}");
        run.StandardError.ShouldContain($"… and {Errors - CommandErrors.ShownProblems:N0} more errors ({Errors:N0} in all).");
    }

    [Fact]
    public async Task ValidateJson_IsBoundedAndCountsEveryError()
    {
        var run = await CliRun.InvokeAsync("validate", "--template", TemplateWithUnknownTokens(), "--output", "json");

        using var json = JsonDocument.Parse(run.StandardOutput);
        json.RootElement.GetProperty("errorCount").GetInt32().ShouldBe(Errors);
        json.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(1000);
    }
}
