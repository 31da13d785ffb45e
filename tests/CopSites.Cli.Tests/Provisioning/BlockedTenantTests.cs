using CopSites.LocalTenant.Faults;

namespace CopSites.Cli.Tests.Provisioning;

/// <summary>
/// A tenant that blocks the app (every call 503, SharePoint's answer to an abusive app): provision gives up with exit
/// code 3 naming the operation it was attempting, and once the block is lifted the same command finishes the CoP.
/// </summary>
public sealed class BlockedTenantTests(LocalTenantFixture tenant) : IClassFixture<LocalTenantFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-cli-blocked").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Provision_BlockedTenant_ExitsThreeNamingTheOperation_ThenFinishesOnceUnblocked()
    {
        var charter = Path.Combine(_folder, "blocked.yaml");
        await File.WriteAllTextAsync(charter, (await File.ReadAllTextAsync(Repository.Charter("urban-mobility"))).Replace("alias: urban-mobility", "alias: blocked-cop", StringComparison.Ordinal));
        string[] provision = ["provision", "--charter", charter, "--tenant", tenant.Url];
        tenant.Host.Faults = new FaultSettings { Block = true, RetryAfter = TimeSpan.FromSeconds(1) };

        var blocked = await CliRun.InvokeAsync(provision);

        blocked.ExitCode.ShouldBe(ExitCodes.TenantError, blocked.ToString());
        blocked.StandardError.ShouldContain("find group");
        blocked.StandardError.ShouldContain("503");
        tenant.Host.Faults = new FaultSettings();
        (await tenant.GroupExistsAsync("blocked-cop")).ShouldBeFalse();
        var resumed = await CliRun.InvokeAsync([.. provision, "--output", "json"]);
        var mark = tenant.Host.Counter.Mark();
        var again = await CliRun.InvokeAsync([.. provision, "--output", "json"]);

        resumed.ExitCode.ShouldBe(ExitCodes.Success, resumed.ToString());
        var summary = System.Text.Json.Nodes.JsonNode.Parse(resumed.StandardOutput)!;
        summary["failures"]!.AsArray().ShouldBeEmpty();
        summary["changes"]!["created"]!.GetValue<int>().ShouldBeGreaterThan(100);
        (await tenant.GroupExistsAsync("blocked-cop")).ShouldBeTrue();
        again.ExitCode.ShouldBe(ExitCodes.Success, again.ToString());
        tenant.Host.Counter.Since(mark).Writes.ShouldBe(0);
    }
}
