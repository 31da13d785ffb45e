using System.Text.Json.Nodes;
using CopSites.EndToEnd.Tests.TestSupport;
using Xunit.Abstractions;

namespace CopSites.EndToEnd.Tests.Provisioning;

/// <summary>
/// Issue 3, point 8, through the real processes: `copsites provision` against a `copsites tenant serve`, SIGKILLed
/// at random request counts several times; the next run finishes the CoP with no duplicates and nothing lost, equal
/// to a CoP provisioned without interruption, and a run after that writes nothing.
/// </summary>
public sealed class ProvisionKilledTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("copsites-e2e-provision").FullName;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files do not affect the result.
        }
    }

    [Fact]
    public async Task Provision_SigkilledAtRandomPoints_RerunFinishesWithNoDuplicatesAndNothingLost()
    {
        var port = CliProcess.FreePort();
        var url = $"http://127.0.0.1:{port}";
        await using var server = CliProcess.Start(_folder, "tenant", "serve", "--port", port.ToString(), "--data", Path.Combine(_folder, "tenant.db"));
        await server.WaitForOutputAsync("listening", Patience);
        using var admin = new TenantAdmin(url);

        var before = await admin.MarkAsync();
        await ProvisionAsync(url, Charter("e2e-reference"), "reference");
        var (fullRun, _) = await admin.SinceAsync(before);
        var expected = await SiteShape.ReadAsync(admin, "e2e-reference");
        expected.Duplicates.ShouldBeEmpty();
        output.WriteLine($"An uninterrupted provision: {fullRun} operations, {expected.Identities.Count} objects.");

        var random = new Random(20260302);
        var kills = 0;
        foreach (var alias in new[] { "e2e-killed-1", "e2e-killed-2" })
        {
            var charter = Charter(alias);

            // Once anywhere in a whole run, then again early in the run that resumes it.
            kills += await KillAsync(admin, url, charter, random.Next(1, fullRun)) ? 1 : 0;
            kills += await KillAsync(admin, url, charter, random.Next(1, 40)) ? 1 : 0;
            var resumed = await ProvisionAsync(url, charter, alias + " resumed");
            var mark = await admin.MarkAsync();
            var third = await ProvisionAsync(url, charter, alias + " third");
            var actual = await SiteShape.ReadAsync(admin, alias);

            resumed["failures"]!.AsArray().ShouldBeEmpty();
            third["changes"]!["created"]!.GetValue<int>().ShouldBe(0);
            third["changes"]!["updated"]!.GetValue<int>().ShouldBe(0);
            (await admin.SinceAsync(mark)).Writes.ShouldBe(0);
            actual.Duplicates.ShouldBeEmpty();
            actual.Sorted.ShouldBe(expected.Sorted);
        }

        kills.ShouldBeGreaterThanOrEqualTo(2, "runs must have been killed mid-way");
    }

    /// <summary>Starts a provision and SIGKILLs it once the tenant has counted <paramref name="threshold"/> operations from it.</summary>
    private async Task<bool> KillAsync(TenantAdmin admin, string url, string charter, int threshold)
    {
        var mark = await admin.MarkAsync();
        await using var run = CliProcess.Start(_folder, "provision", "--charter", charter, "--tenant", url);
        var seen = 0;
        while (!run.HasExited && (seen = (await admin.SinceAsync(mark)).Total) < threshold)
        {
            await Task.Delay(2);
        }

        var killed = !run.HasExited;
        run.KillHard();
        output.WriteLine(killed ? $"{Path.GetFileName(charter)}: killed after {seen} operations (threshold {threshold})" : $"{Path.GetFileName(charter)}: finished before the threshold {threshold}");
        return killed;
    }

    private string Charter(string alias)
    {
        var path = Path.Combine(_folder, alias + ".yaml");
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "provisioning-templates", "charters", "urban-mobility.yaml"));
        File.WriteAllText(path, text.Replace("alias: urban-mobility", "alias: " + alias, StringComparison.Ordinal));
        return path;
    }

    private async Task<JsonNode> ProvisionAsync(string url, string charter, string what)
    {
        var template = Path.Combine(RepositoryRoot(), "provisioning-templates", "cop-workspace.xml");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_folder, Patience, "provision", "--charter", charter, "--template", template, "--tenant", url, "--output", "json");
        exit.ShouldBe(0, $"{what}: {stdout} {stderr}");
        return JsonNode.Parse(stdout)!;
    }

    private static string RepositoryRoot() => CopSites.Testing.RepositoryPaths.Root;
}
