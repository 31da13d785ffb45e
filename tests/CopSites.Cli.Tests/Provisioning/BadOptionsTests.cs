namespace CopSites.Cli.Tests.Provisioning;

/// <summary>Options a person can get wrong: each gets a message naming the option and an exit code, never a stack trace.</summary>
public sealed class BadOptionsTests
{
    private static readonly string Charter = Repository.Charter("urban-mobility");

    [Theory]
    [InlineData("--tenant", "nonsense", "--tenant")]
    [InlineData("--tenant", "https://contoso.sharepoint.com", "--auth")]
    public async Task Plan_BadTenantOptions_ExitTwoNamingTheOption(string option, string value, string named)
    {
        var run = await CliRun.InvokeAsync("plan", "--charter", Charter, option, value);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardError.ShouldContain(named);
        run.StandardError.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Plan_UnreachableTenant_ExitThreeSayingSo()
    {
        var run = await CliRun.InvokeAsync("plan", "--charter", Charter, "--tenant", "http://127.0.0.1:1");

        run.ExitCode.ShouldBe(ExitCodes.TenantError, run.ToString());
        run.StandardError.ShouldContain("cannot be reached");
        run.StandardError.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Provision_NoCharter_ExitTwoSayingWhatToGive()
    {
        var run = await CliRun.InvokeAsync("provision", "--tenant", "http://127.0.0.1:1");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardError.ShouldContain("--charter");
    }

    [Fact]
    public async Task TenantServe_UnknownFaultSetting_ExitTwoNamingIt()
    {
        var run = await CliRun.InvokeAsync("tenant", "serve", "--port", "0", "--faults", "latncy-ms=5",
            "--data", Path.Combine(Path.GetTempPath(), "copsites-cli", Guid.NewGuid().ToString("N"), "t.db"));

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardError.ShouldContain("latncy-ms");
    }
}
