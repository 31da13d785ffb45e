using System.Text.Json.Nodes;
using CopSites.LocalTenant.Faults;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Tests.TestSupport;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CopSites.SharePoint.Tests.Provisioning;

/// <summary>The engine over the real gateway against the local tenant over HTTP: what a KLD operator relies on.</summary>
public sealed class ProvisioningEngineTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await TestTenant.StartAsync();

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task Apply_StandardTemplate_BuildsTheCopWorkspaceFromTheCharter()
    {
        var result = await CopWorkspace.ApplyAsync(_tenant, CopWorkspace.Request("urban-mobility"));

        result.Failures.ShouldBeEmpty();
        var graph = Graph();
        var site = await graph.Sites[$"contoso.sharepoint.com:/sites/urban-mobility"].GetAsync();
        var lists = (await graph.Sites[site!.Id].Lists.GetAsync())!.Value!.Select(l => l.DisplayName).ToArray();
        lists.ShouldBe(["Documents", "Site Pages", "Events", "Session materials", "Toolkit", "Lessons learned", "Expert directory", "Forum", "Pulse checks", "Stories", "Indicators"], ignoreOrder: true);
        var format = (await graph.Sites[site.Id].Lists["Events"].Columns.GetAsync())!.Value!.Single(c => c.Name == "CopEventFormat");
        format.Choice!.Choices!.ShouldContain("Peer clinic / solution lab");
        format.Choice.Choices!.Count.ShouldBe(11);
        var toolkitTypes = (await graph.Sites[site.Id].Lists["Toolkit"].ContentTypes.GetAsync())!.Value!.Select(c => c.Name);
        toolkitTypes.ShouldContain("Knowledge product");
        var group = (await graph.Groups.GetAsync(r => r.QueryParameters.Filter = "mailNickname eq 'urban-mobility'"))!.Value!.Single();
        group.Visibility.ShouldBe("Public");
        var owners = (await graph.Groups[group.Id].Owners.GetAsync())!.Value!.OfType<User>().Select(u => u.UserPrincipalName);
        owners.ShouldNotBeEmpty();
        var pages = (await graph.Sites[site.Id].Pages.GraphSitePage.GetAsync())!.Value!;
        var homePage = await graph.Sites[site.Id].Pages[pages.Single(p => p.Name == "Home.aspx").Id].GraphSitePage.GetAsync(r => r.QueryParameters.Expand = ["canvasLayout"]);
        var html = string.Concat(homePage!.CanvasLayout!.HorizontalSections!.SelectMany(s => s.Columns!).SelectMany(c => c.Webparts!).OfType<TextWebPart>().Select(t => t.InnerHtml));
        html.ShouldContain("Urban");
        homePage.PublishingState!.Level.ShouldBe("published");
    }

    [Fact]
    public async Task Apply_Twice_SecondRunMakesZeroWriteRequests()
    {
        var request = CopWorkspace.Request("fiscal-transparency");
        (await CopWorkspace.ApplyAsync(_tenant, request)).Failures.ShouldBeEmpty();
        var mark = _tenant.Host.Counter.Mark();

        var second = await CopWorkspace.ApplyAsync(_tenant, request);

        second.Failures.ShouldBeEmpty();
        second.Plan.Count(ChangeKind.Create).ShouldBe(0);
        second.Plan.Count(ChangeKind.Update).ShouldBe(0);
        var counted = _tenant.Host.Counter.Since(mark);
        counted.Writes.ShouldBe(0, string.Join(", ", counted.ByRoute.Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.Route}")));
        counted.Total.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Apply_ChangedTemplate_AppliesOnlyTheDelta()
    {
        var original = CopWorkspace.Request("gender-diversity-ops");
        (await CopWorkspace.ApplyAsync(_tenant, original)).Failures.ShouldBeEmpty();
        var changedPath = Path.Combine(Path.GetTempPath(), $"cop-workspace-{Guid.NewGuid():N}.xml");
        var xml = await File.ReadAllTextAsync(RepositoryFiles.StandardTemplate);
        await File.WriteAllTextAsync(changedPath, xml.Replace("Description=\"Short periodic check-ins on relevance", "Description=\"Monthly check-ins on relevance", StringComparison.Ordinal));
        xml.ShouldContain("Description=\"Short periodic check-ins on relevance");
        var mark = _tenant.Host.Counter.Mark();

        var result = await CopWorkspace.ApplyAsync(_tenant, CopWorkspace.Request("gender-diversity-ops", changedPath));

        result.Failures.ShouldBeEmpty();
        result.Plan.Changes.Where(c => c.Kind != ChangeKind.Unchanged).Select(c => c.Key.ToString()).ShouldBe(["List 'Pulse checks'"]);
        var counted = _tenant.Host.Counter.Since(mark);
        counted.Writes.ShouldBe(1);
        counted.ByRoute.Single(r => r.Method != "GET").Route.ShouldBe("sites/{site-id}/lists/{list-id}");
    }

    [Fact]
    public async Task Apply_PageEditedByAPerson_IsKeptUnlessOverwriteIsAsked()
    {
        var request = CopWorkspace.Request("urban-mobility", alias: "edited-" + Guid.NewGuid().ToString("N")[..6]);
        (await CopWorkspace.ApplyAsync(_tenant, request)).Failures.ShouldBeEmpty();
        var bob = Graph("bob@contoso.local");
        var site = await bob.Sites[$"contoso.sharepoint.com:/sites/{request.Target.Alias}"].GetAsync();
        var home = (await bob.Sites[site!.Id].Pages.GraphSitePage.GetAsync())!.Value!.Single(p => p.Name == "Home.aspx");
        // The SDK's sitePage cast builder has no PATCH; send it as the docs show.
        using (var http = new HttpClient())
        {
            using var edit = new HttpRequestMessage(HttpMethod.Patch, $"{_tenant.Host.GraphBaseUrl}/sites/{site.Id}/pages/{home.Id}/microsoft.graph.sitePage")
            {
                Content = new StringContent("""{"@odata.type":"#microsoft.graph.sitePage","title":"Bob's home"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            edit.Headers.Authorization = new("Bearer", _tenant.Host.IssueToken("bob@contoso.local"));
            (await http.SendAsync(edit)).EnsureSuccessStatusCode();
        }

        var kept = await CopWorkspace.ApplyAsync(_tenant, request);
        var rebuilt = await CopWorkspace.ApplyAsync(_tenant, request with { Options = request.Options with { OverwriteEditedPages = true } });

        kept.Plan.Changes.Single(c => c.Key.Kind == ResourceKind.Page && c.Key.Path == "Home.aspx").Kind.ShouldBe(ChangeKind.Skipped);
        kept.Plan.Changes.Single(c => c.Key.Path == "Home.aspx").Reason.ShouldContain("bob@contoso.local");
        rebuilt.Plan.Changes.Single(c => c.Key.Path == "Home.aspx").Kind.ShouldBe(ChangeKind.Update);
        (await bob.Sites[site.Id].Pages[home.Id].GraphSitePage.GetAsync())!.Title.ShouldNotBe("Bob's home");
    }

    [Fact]
    public async Task Apply_ThrottledAndFlakyTenant_CompletesAndRerunWritesNothing()
    {
        _tenant.Host.Faults = new FaultSettings { ThrottleRate = 0.15, ServerErrorRate = 0.05, RetryAfter = TimeSpan.FromSeconds(1) };
        var request = CopWorkspace.Request("urban-mobility", alias: "flaky-" + Guid.NewGuid().ToString("N")[..6]);

        var first = await CopWorkspace.ApplyAsync(_tenant, request);
        _tenant.Host.Faults = new FaultSettings();
        var mark = _tenant.Host.Counter.Mark();
        var second = await CopWorkspace.ApplyAsync(_tenant, request);

        first.Failures.ShouldBeEmpty(string.Join("; ", first.Failures.Select(f => $"{f.Key}: {f.Failure}")));
        second.Failures.ShouldBeEmpty(string.Join("; ", second.Failures.Select(f => $"{f.Key}: {f.Failure}")));
        _tenant.Host.Counter.Since(mark).Writes.ShouldBe(0);
    }

    [Fact]
    public async Task Apply_ThreeCopsAtOnceSharingTheTermStore_AllSucceedWithoutDuplicateTerms()
    {
        var requests = new[] { "urban-mobility", "fiscal-transparency", "gender-diversity-ops" }
            .Select(c => CopWorkspace.Request(c, alias: $"{c}-{Guid.NewGuid():N}"[..20])).ToArray();

        var results = await Task.WhenAll(requests.Select(r => CopWorkspace.ApplyAsync(_tenant, r)));

        results.SelectMany(r => r.Failures).Select(f => $"{f.Key}: {f.Failure}").ShouldBeEmpty();
        foreach (var result in results)
        {
            // A level planned again after adopting another CoP's terms reports each object once.
            result.Plan.Changes.GroupBy(c => c.Key).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ShouldBeEmpty();
        }

        var graph = Graph();
        var site = await graph.Sites[$"contoso.sharepoint.com:/sites/{requests[0].Target.Alias}"].GetAsync();
        var groups = (await graph.Sites[site!.Id].TermStore.Groups.GetAsync())!.Value!;
        groups.Count(g => g.DisplayName == "Communities of Practice").ShouldBe(1);
        var set = (await graph.Sites[site.Id].TermStore.Groups[groups.Single(g => g.DisplayName == "Communities of Practice").Id].Sets.GetAsync())!.Value!.Single();
        var terms = (await graph.Sites[site.Id].TermStore.Sets[set.Id].Children.GetAsync())!.Value!.Select(t => t.Labels!.First().Name).ToArray();
        terms.Distinct().Count().ShouldBe(terms.Length);
    }

    [Fact]
    public async Task Apply_DataRowNamingAPersonByUpn_StoresThatUserAndReportsAnUnknownOne()
    {
        var xml = await File.ReadAllTextAsync(RepositoryFiles.StandardTemplate);
        var expertDirectory = xml.IndexOf("<pnp:ListInstance Title=\"Expert directory\"", StringComparison.Ordinal);
        var endOfViews = xml.IndexOf("</pnp:Views>", expertDirectory, StringComparison.Ordinal) + "</pnp:Views>".Length;
        var rows = """
            <pnp:DataRows KeyColumn="Title" UpdateBehavior="Overwrite">
              <pnp:DataRow><pnp:DataValue FieldName="Title">Bob on transport data</pnp:DataValue><pnp:DataValue FieldName="CopPerson">bob@contoso.local</pnp:DataValue></pnp:DataRow>
              <pnp:DataRow><pnp:DataValue FieldName="Title">Someone from elsewhere</pnp:DataValue><pnp:DataValue FieldName="CopPerson">eve@fabrikam.example</pnp:DataValue></pnp:DataRow>
            </pnp:DataRows>
            """;
        var path = Path.Combine(Path.GetTempPath(), $"cop-workspace-people-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, xml.Insert(endOfViews, rows));
        var request = CopWorkspace.Request("urban-mobility", path, alias: "people-" + Guid.NewGuid().ToString("N")[..6]);

        var result = await CopWorkspace.ApplyAsync(_tenant, request);

        result.Failures.Select(f => f.Key.Path).ShouldBe(["Expert directory/key=Someone from elsewhere"]);
        result.Failures.Single().Failure!.Message.ShouldContain("eve@fabrikam.example");
        var graph = Graph();
        var site = await graph.Sites[$"contoso.sharepoint.com:/sites/{request.Target.Alias}"].GetAsync();
        var items = (await graph.Sites[site!.Id].Lists["Expert directory"].Items.GetAsync(r => r.QueryParameters.Expand = ["fields"]))!.Value!;
        var bob = items.Single().Fields!.AdditionalData;
        bob["Title"].ShouldBe("Bob on transport data");
        bob["CopPersonLookupId"].ToString().ShouldNotBeNullOrEmpty();
        var user = await new HttpClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{_tenant.Host.BaseUrl}/sites/{request.Target.Alias}/_api/web/ensureuser")
        {
            Content = new StringContent("""{"logonName":"i:0#.f|membership|bob@contoso.local"}""", System.Text.Encoding.UTF8, "application/json"),
            Headers = { Authorization = new("Bearer", _tenant.Host.IssueToken(TestTenant.Admin)), Accept = { new("application/json") } },
        });
        var bobId = JsonNode.Parse(await user.Content.ReadAsStringAsync())!["Id"]!.ToString();
        bob["CopPersonLookupId"].ToString().ShouldBe(bobId);
    }

    private GraphServiceClient Graph(string user = TestTenant.Admin) =>
        new(GraphClientFactory.Create(), new BaseBearerTokenAuthenticationProvider(new FixedToken(_tenant.Host.IssueToken(user))), _tenant.Host.GraphBaseUrl);

    private sealed class FixedToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? context = null, CancellationToken ct = default) => Task.FromResult(token);
    }
}
