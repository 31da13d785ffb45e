using CopSites.Cli;
using CopSites.Cli.Commands;
using CopSites.LocalTenant;
using Spectre.Console;

namespace CopSites.Cli.Tests.Tenant;

public sealed class TenantTokenCommandTests
{
    [Fact]
    public async Task Token_KnownUser_PrintsOnlyATokenTheTenantAccepts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "copsites-cli", Guid.NewGuid().ToString("N"));
        var data = Path.Combine(folder, "tenant.db");
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(errors), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        var exit = await CopSitesCommandLine.Create(console, output)
            .Parse(["tenant", "token", "--data", data, "--user", "carol@contoso.local", "--scopes", "Sites.Read.All"]).InvokeAsync();

        exit.ShouldBe(ExitCodes.Success);
        var token = output.ToString().Trim();
        token.ShouldNotContain(" ");
        token.Split('.').Length.ShouldBe(3);
        await using var host = await LocalTenantHost.StartAsync(new LocalTenantOptions { DataPath = data });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        ((int)(await http.GetAsync($"{host.GraphBaseUrl}/sites/root")).StatusCode).ShouldBe(200);
        ((int)(await http.PostAsync($"{host.GraphBaseUrl}/groups", new StringContent("{}"))).StatusCode).ShouldBe(403);
    }

    [Fact]
    public async Task Token_UnknownUser_ExitsWithInvalidInputNamingTheOption()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(errors), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        var exit = await CopSitesCommandLine.Create(console, output)
            .Parse(["tenant", "token", "--data", Path.Combine(Path.GetTempPath(), "copsites-cli", Guid.NewGuid().ToString("N"), "t.db"), "--user", "mallet@evil.example"]).InvokeAsync();

        exit.ShouldBe(ExitCodes.InvalidInput);
        output.ToString().ShouldBeEmpty();
        errors.ToString().ShouldContain("--user");
        errors.ToString().ShouldContain("mallet@evil.example");
    }
}
