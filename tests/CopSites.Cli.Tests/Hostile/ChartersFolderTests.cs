using CopSites.Cli.Tests.Provisioning;

namespace CopSites.Cli.Tests.Hostile;

/// <summary>
/// Under <c>provision --charters DIR</c> a hostile charter (nesting that used to overflow the stack and kill the
/// process, invalid UTF-8) is reported in the summary, and every other CoP is provisioned.
/// </summary>
public sealed class ChartersFolderTests(LocalTenantFixture tenant) : IClassFixture<LocalTenantFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-charters-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task HostileCharters_AreReported_AndTheOtherCopIsProvisioned()
    {
        const string alias = "hostile-neighbour-cop";
        var good = File.ReadAllText(Repository.Charter("urban-mobility")).Replace("alias: urban-mobility", "alias: " + alias, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, "a-deep.yaml"), "name: " + new string('[', 100_000) + "\n");
        File.WriteAllBytes(Path.Combine(_folder, "b-broken-utf8.yaml"), [.. "name: Caf"u8, 0xC3, 0x28, .. "\n"u8]);
        File.WriteAllText(Path.Combine(_folder, "c-good.yaml"), good);

        var run = await CliRun.InvokeAsync("provision", "--charters", _folder, "--tenant", tenant.Url);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardError.ShouldContain("a-deep.yaml");
        run.StandardError.ShouldContain("nests deeper than 16 levels");
        run.StandardError.ShouldContain("b-broken-utf8.yaml");
        run.StandardError.ShouldContain("not valid UTF-8");
        (await tenant.GroupExistsAsync(alias)).ShouldBeTrue(run.ToString());
    }
}
