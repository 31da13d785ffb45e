using System.Net.Http.Headers;
using System.Text;
using CopSites.EndToEnd.Tests.TestSupport;
using CopSites.LocalTenant;
using CopSites.LocalTenant.Storage;

namespace CopSites.EndToEnd.Tests.LocalTenant;

/// <summary>The local tenant as a separate process, served by the CLI, killed with SIGKILL in the middle of a write burst.</summary>
public sealed class TenantCrashTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "copsites-e2e", Guid.NewGuid().ToString("N"));

    public TenantCrashTests() => System.IO.Directory.CreateDirectory(_folder);

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
    public async Task KillDashNine_DuringWriteBurst_LeavesConsistentDatabase_AndRestartServesEveryAcknowledgedWrite()
    {
        var data = Path.Combine(_folder, "tenant.db");
        var (tokenExit, tokenOut, tokenErr) = await CliProcess.RunAsync(_folder, TimeSpan.FromSeconds(60), "tenant", "token", "--data", data, "--user", "alice@contoso.local");
        tokenExit.ShouldBe(0, tokenErr);
        var token = tokenOut.Trim();
        token.Split('.').Length.ShouldBe(3);

        var acknowledged = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var port = CliProcess.FreePort();
            await using var server = CliProcess.Start(_folder, "tenant", "serve", "--port", port.ToString(), "--data", data);
            await server.WaitForOutputAsync("listening", TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/v1.0/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
            {
                var mine = new List<string>();
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var alias = $"r{round}w{w}n{i}";
                    try
                    {
                        var body = $$"""{"displayName":"{{alias}}","mailNickname":"{{alias}}","groupTypes":["Unified"],"mailEnabled":true,"securityEnabled":false}""";
                        using var response = await http.PostAsync("groups", new StringContent(body, Encoding.UTF8, "application/json"));
                        if ((int)response.StatusCode == 201)
                        {
                            mine.Add(alias);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        break;
                    }
                }

                return mine;
            })).ToArray();

            await Task.Delay(700 + round * 300);
            server.KillHard();
            await stop.CancelAsync();
            foreach (var writer in writers)
            {
                acknowledged.AddRange(await writer);
            }
        }

        acknowledged.Count.ShouldBeGreaterThan(10);
        await using var database = await TenantDatabase.OpenAsync(data, TimeProvider.System, CancellationToken.None);
        (await database.CheckIntegrityAsync(CancellationToken.None)).ShouldBe("ok");
        var (groups, sites, lists, pages) = await database.ReadAsync(async s => (
            await s.ListAllAsync(EntityKinds.Group, CancellationToken.None),
            await s.ListAllAsync(EntityKinds.Site, CancellationToken.None),
            await s.ListAllAsync(EntityKinds.List, CancellationToken.None),
            await s.ListAllAsync(EntityKinds.Page, CancellationToken.None)), CancellationToken.None);
        var nicknames = groups.Select(g => g.Document["mailNickname"]!.GetValue<string>()).ToHashSet();
        acknowledged.Where(a => !nicknames.Contains(a)).ShouldBeEmpty("every write the tenant acknowledged must survive kill -9");
        foreach (var group in groups)
        {
            var siteId = group.Document["siteId"]!.GetValue<string>();
            sites.ShouldContain(s => s.Id == siteId, $"group {group.Id} lost its site: a torn write");
            lists.Count(l => l.Scope == siteId).ShouldBe(2, $"site {siteId} should have its Documents and Site Pages libraries");
            pages.Count(p => p.Scope == siteId).ShouldBe(1, $"site {siteId} should have its Home page");
        }

        var restartPort = CliProcess.FreePort();
        await using var restarted = CliProcess.Start(_folder, "tenant", "serve", "--port", restartPort.ToString(), "--data", data);
        await restarted.WaitForOutputAsync("listening", TimeSpan.FromSeconds(60));
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var site = await client.GetStringAsync($"http://127.0.0.1:{restartPort}/v1.0/sites/contoso.sharepoint.com:/sites/{acknowledged[0]}");
        site.ShouldContain($"/sites/{acknowledged[0]}");
    }
}
