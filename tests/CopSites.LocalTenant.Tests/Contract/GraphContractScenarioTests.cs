using System.Diagnostics;
using CopSites.LocalTenant.Tests.Contract.Scenario;
using CopSites.LocalTenant.Tests.TestSupport;
using Xunit.Abstractions;

namespace CopSites.LocalTenant.Tests.Contract;

/// <summary>
/// One realistic CoP scenario through the real GraphServiceClient touching every route the tenant serves,
/// with every JSON response (and $batch step) checked against the full Graph v1.0 CSDL.
/// </summary>
public sealed class GraphContractScenarioTests(TenantFixture tenant, ITestOutputHelper output) : IClassFixture<TenantFixture>
{
    // GET .../content answers 302 to the download URL as Graph does; the SDK's redirect handler follows it.
    private static readonly HashSet<int> RedirectStatuses = [302];
    private static readonly Lazy<CsdlModel> Csdl = new(CsdlModel.Load);

    [Fact]
    public async Task Scenario_HitsEveryRoute_AndEveryResponseMatchesTheCsdl()
    {
        var clock = Stopwatch.StartNew();
        var mark = tenant.Host.Counter.Mark();
        var scenario = new ContractScenario(tenant, new ExchangeLog());

        await GroupsAndSitesSteps.RunAsync(scenario);
        await SchemaSteps.RunAsync(scenario);
        await ListsSteps.RunAsync(scenario);
        await DrivesSteps.RunAsync(scenario);
        await PagesSteps.RunAsync(scenario);
        await TermStoreSteps.RunAsync(scenario);
        await TeamsSteps.RunAsync(scenario);
        await AnalyticsSteps.RunAsync(scenario);
        var batchSteps = await BatchSteps.RunAsync(scenario);

        var served = tenant.Host.Routes.Routes.Select(r => $"{r.Method} {r.Template.Text}").ToHashSet(StringComparer.Ordinal);
        var hit = tenant.Host.Counter.Since(mark).ByRoute
            .Where(r => r.Status is >= 200 and < 300 || (RedirectStatuses.Contains(r.Status) && r.Route.EndsWith("/content", StringComparison.Ordinal)))
            .Select(r => $"{r.Method} {r.Route}")
            .ToHashSet(StringComparer.Ordinal);
        var missing = served.Where(r => !hit.Contains(r)).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"Routes hit with success: {served.Count - missing.Count}/{served.Count} in {clock.Elapsed.TotalSeconds:F1} s.");

        var contract = new ResponseContract(tenant.Host.Routes, Csdl.Value, new Uri(tenant.Host.GraphBaseUrl).AbsolutePath);
        var violations = contract.Check(scenario.Log.Exchanges).Where(v => !ContractWhitelist.Covers(v)).Distinct().ToList();
        output.WriteLine($"Checked {contract.CheckedBodies} response bodies and {contract.CheckedBatchSteps} batch step bodies.");
        foreach (var failed in scenario.Log.Exchanges.Where(e => e.Status >= 400))
        {
            output.WriteLine($"Answered {failed.Status}: {failed.Method} {failed.Uri.AbsolutePath}");
        }

        foreach (var violation in violations)
        {
            output.WriteLine(violation);
        }

        missing.ShouldBeEmpty("routes never answered with success: " + string.Join(Environment.NewLine, missing));
        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
        contract.CheckedBodies.ShouldBeGreaterThan(150);
        contract.CheckedBatchSteps.ShouldBe(batchSteps);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }
}
