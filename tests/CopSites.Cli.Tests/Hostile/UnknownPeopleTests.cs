using CopSites.Cli.Tests.Provisioning;

namespace CopSites.Cli.Tests.Hostile;

/// <summary>
/// A charter naming someone the directory does not know is refused by plan and provision before the group is
/// created: the field is named, nothing is written, and no false "group was created" message or trace appears.
/// </summary>
public sealed class UnknownPeopleTests(LocalTenantFixture tenant) : IClassFixture<LocalTenantFixture>, IDisposable
{
    private const string Alias = "unknown-lead-cop";
    private readonly string _folder = Directory.CreateTempSubdirectory("copsites-unknown-people-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("plan")]
    [InlineData("provision")]
    public async Task UnknownLeadAndMember_AreNamed_AndNothingIsWritten(string command)
    {
        var charter = Path.Combine(_folder, "charter.yaml");
        File.WriteAllText(charter, File.ReadAllText(Repository.Charter("urban-mobility"))
            .Replace("alias: urban-mobility", "alias: " + Alias, StringComparison.Ordinal)
            .Replace("  - bob@contoso.local", "  - nobody-here@contoso.local", StringComparison.Ordinal)
            .Replace("  - judy@contoso.local", "  - o'hara.ghost@contoso.local", StringComparison.Ordinal));
        var mark = tenant.Host.Counter.Mark();

        var run = await CliRun.InvokeAsync(command, "--template", Repository.StandardTemplate, "--charter", charter, "--tenant", tenant.Url);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.StandardError.ShouldContain("leads[1]: 'nobody-here@contoso.local' is not in the tenant's directory");
        run.StandardError.ShouldContain("members[3]: 'o'hara.ghost@contoso.local' is not in the tenant's directory");
        run.StandardError.ShouldNotContain("alice@contoso.local' is not");
        run.StandardError.ShouldNotContain("was created but");
        run.StandardError.ShouldNotContain("   at ");
        tenant.Host.Counter.Since(mark).Writes.ShouldBe(0);
        (await tenant.GroupExistsAsync(Alias)).ShouldBeFalse();
    }
}
