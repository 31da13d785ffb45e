using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.Persistence;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Restart_SameDataFolder_KeepsSitesAndAcceptsOldTokens()
    {
        var folder = Path.Combine(Path.GetTempPath(), "copsites-tests", Guid.NewGuid().ToString("N"));
        var options = new LocalTenantOptions { DataPath = Path.Combine(folder, "tenant.db") };
        string siteId;
        string token;
        await using (var first = await LocalTenantHost.StartAsync(options))
        {
            token = first.IssueToken(TenantFixture.Admin);
            var fixture = GraphFor(first, token);
            var group = await fixture.Groups.PostAsync(new Group { DisplayName = "Kept", MailNickname = "kept", GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false });
            siteId = (await fixture.Groups[group!.Id].Sites["root"].GetAsync())!.Id!;
        }

        await using var second = await LocalTenantHost.StartAsync(options);
        var site = await GraphFor(second, token).Sites[siteId].GetAsync();
        site!.DisplayName.ShouldBe("Kept");
        site.WebUrl.ShouldBe($"{second.BaseUrl}/sites/kept");
    }

    [Fact]
    public async Task ConcurrentWriters_ManyGroupsAtOnce_AllLandAndNamesStayUnique()
    {
        var tenant = new TenantFixture();
        await tenant.InitializeAsync();
        try
        {
            var creations = Enumerable.Range(0, 40).Select(i => tenant.SendAsync(HttpMethod.Post, "v1.0/groups",
                new { displayName = $"G{i % 20}", mailNickname = $"g{i % 20}", groupTypes = new[] { "Unified" }, mailEnabled = true, securityEnabled = false }));

            var results = await Task.WhenAll(creations);

            results.Count(r => r.Status == 201).ShouldBe(20);
            results.Count(r => r.Status == 400).ShouldBe(20);
            var groups = await tenant.Graph.Groups.GetAsync();
            groups!.Value!.Select(g => g.MailNickname).Distinct().Count().ShouldBe(20);
            (await tenant.Host.Database.CheckIntegrityAsync(CancellationToken.None)).ShouldBe("ok");
        }
        finally
        {
            await tenant.DisposeAsync();
        }
    }

    private static Microsoft.Graph.GraphServiceClient GraphFor(LocalTenantHost host, string token) =>
        new(Microsoft.Graph.GraphClientFactory.Create(),
            new Microsoft.Kiota.Abstractions.Authentication.BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token)), host.GraphBaseUrl);
}
