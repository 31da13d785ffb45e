using System.Text.Json.Nodes;
using CopSites.Provisioning.Charters;
using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tests.Engine.Building;

namespace CopSites.Provisioning.Tests.Engine;

/// <summary>The standard builders composed by the engine, against an in-memory tenant.</summary>
public class EngineCompositionTests
{
    private static readonly ProvisioningTemplate Template = BuildTesting.StandardTemplate();
    private static readonly Charter UrbanMobility = BuildTesting.Charter();

    private static ProvisioningRequest Request(ProvisioningTemplate? template = null) => new()
    {
        Template = template ?? Template,
        Target = new SiteTarget(UrbanMobility.Alias.Value, UrbanMobility.Name),
        Charter = UrbanMobility,
        Parameters = UrbanMobility.ToTemplateParameters(),
    };

    private static readonly ResourceKind[] ChildKinds =
    [
        ResourceKind.GroupOwner, ResourceKind.GroupMember, ResourceKind.TermSet, ResourceKind.Term, ResourceKind.ContentTypeColumn,
        ResourceKind.ListColumn, ResourceKind.ListContentType, ResourceKind.ListView, ResourceKind.ListItem,
    ];

    [Fact]
    public async Task Plan_NewCop_CreatesEverything()
    {
        var engine = new ProvisioningEngine(new InMemoryTenant(null), StandardBuilders.All);

        var plan = await engine.PlanAsync(Request(), CancellationToken.None);

        plan.Changes.Count.ShouldBe(BuildTesting.Provisioned(Template, DependencyLevels.Deepest + 1, UrbanMobility, UrbanMobility.ToTemplateParameters()).Resources.Count);
        plan.Changes.ShouldAllBe(c => c.Kind == ChangeKind.Create);
        plan.Changes.Select(c => c.Level).Distinct().Order().ShouldBe([0, 1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task Plan_CopThatHasEverything_ChangesNothing()
    {
        var site = BuildTesting.Provisioned(Template, DependencyLevels.Deepest + 1, UrbanMobility, UrbanMobility.ToTemplateParameters());
        var engine = new ProvisioningEngine(new InMemoryTenant(site), StandardBuilders.All);

        var plan = await engine.PlanAsync(Request(), CancellationToken.None);

        plan.Changes.ShouldAllBe(c => c.Kind == ChangeKind.Unchanged);
        plan.IsEmpty.ShouldBeTrue();
        plan.Changes.Count.ShouldBe(site.Resources.Count);
    }

    [Fact]
    public async Task Apply_ThenPlan_WritesEveryParentFirstAndThenNothing()
    {
        var tenant = new InMemoryTenant(null);
        var engine = new ProvisioningEngine(tenant, StandardBuilders.All);

        var result = await engine.ApplyAsync(Request(), null, CancellationToken.None);
        var rerun = await engine.PlanAsync(Request(), CancellationToken.None);

        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Failures.Select(f => $"{f.Key}: {f.Failure}")));
        tenant.Changes.Where(c => ChildKinds.Contains(c.Key.Kind)).ShouldAllBe(c => c.ParentId != null);
        tenant.Changes.ShouldAllBe(c => c.Kind == ChangeKind.Create);
        rerun.IsEmpty.ShouldBeTrue(string.Join(Environment.NewLine, rerun.Changes.Where(c => c.Kind != ChangeKind.Unchanged).Select(c => $"{c.Key}: {c.Reason}")));
    }

    [Fact]
    public async Task Plan_LookupToAMissingList_FailsNamingTheElementAndLine()
    {
        var broken = BuildTesting.Template("""
            <pnp:Lists>
              <pnp:ListInstance Title="Lessons" Url="Lists/Lessons" TemplateType="100">
                <pnp:Fields><Field Name="CopSource" Type="Lookup" List="{listid:Events}" /></pnp:Fields>
              </pnp:ListInstance>
            </pnp:Lists>
            """, "broken.xml");
        var engine = new ProvisioningEngine(new InMemoryTenant(null), StandardBuilders.All);

        var failure = await Should.ThrowAsync<ProvisioningInputException>(() => engine.PlanAsync(Request(broken), CancellationToken.None));

        var problem = failure.Problems.ShouldHaveSingleItem();
        problem.ShouldContain("{listid:Events}");
        problem.ShouldContain("pnp:ListInstance[@Title='Lessons']/Field[@Name='CopSource']/@List");
        problem.ShouldContain("broken.xml:3:");
    }

    [Fact]
    public async Task Plan_UnknownToken_FailsNamingTemplateElementAndLine()
    {
        var broken = BuildTesting.Template("\n<pnp:WebSettings Title=\"{parameter:CopName}\" Description=\"{nosuch:thing}\" />", "typo.xml");
        var engine = new ProvisioningEngine(new InMemoryTenant(null), StandardBuilders.All);

        var failure = await Should.ThrowAsync<ProvisioningInputException>(() => engine.PlanAsync(Request(broken), CancellationToken.None));

        failure.Problems.ShouldHaveSingleItem().ShouldBe("Unknown token '{nosuch:thing}' in template 'T', element 'pnp:WebSettings/@Description' at typo.xml:2:2.");
    }

    [Fact]
    public async Task PlanAndApply_UnknownPeople_AreRefusedNamingTheCharterField_BeforeAnyWrite()
    {
        var unknown = UrbanMobility.Moderators[0].Value;
        var tenant = new InMemoryTenant(null) { UnknownPeople = [unknown] };
        var engine = new ProvisioningEngine(tenant, StandardBuilders.All);

        var planned = await Should.ThrowAsync<ProvisioningInputException>(() => engine.PlanAsync(Request(), CancellationToken.None));
        var applied = await Should.ThrowAsync<ProvisioningInputException>(() => engine.ApplyAsync(Request(), null, CancellationToken.None));

        planned.Problems.ShouldHaveSingleItem().ShouldStartWith($"charter moderators[0]: '{unknown}' is not in the tenant's directory");
        applied.Problems.ShouldBe(planned.Problems);
        tenant.Changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Apply_GroupRefused_ReportsTheRefusal_AndWritesNothingElse()
    {
        var refusal = new TenantFailure(400, "Request_BadRequest", "Another object with the same value for property mailNickname already exists.", null);
        var tenant = new InMemoryTenant(null) { GroupRefusal = refusal };
        var engine = new ProvisioningEngine(tenant, StandardBuilders.All);

        var result = await engine.ApplyAsync(Request(), null, CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.Failures.ShouldContain(f => f.Key.Kind == ResourceKind.Group && f.Failure == refusal);
        tenant.Changes.ShouldAllBe(c => c.Key.Kind == ResourceKind.Group || c.Key.Kind == ResourceKind.TermGroup);
    }

    /// <summary>A tenant that keeps what it is told: every change succeeds and reads return what was written.</summary>
    private sealed class InMemoryTenant(SiteState? site) : ISiteGateway
    {
        private SiteState? _site = site;

        /// <summary>When set, creating the group is refused with this failure (and nothing is stored).</summary>
        public TenantFailure? GroupRefusal { get; init; }

        /// <summary>People the directory does not know.</summary>
        public IReadOnlyList<string> UnknownPeople { get; init; } = [];

        public List<ResourceChange> Changes { get; } = [];

        public Uri TenantWebRoot { get; } = new("https://contoso.sharepoint.com");

        public Task<SiteState?> ReadAsync(SiteTarget target, StateQuery query, CancellationToken ct) => Task.FromResult(_site);

        public Task<IReadOnlyList<string>> FindUnknownPeopleAsync(IReadOnlyList<string> userPrincipalNames, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<string>>(userPrincipalNames.Where(UnknownPeople.Contains).ToArray());

        public Task<IReadOnlyList<ChangeOutcome>> ApplyAsync(SiteState state, IReadOnlyList<ResourceChange> changes, CancellationToken ct)
        {
            Changes.AddRange(changes);
            if (GroupRefusal is not null && changes.Any(c => c.Key.Kind == ResourceKind.Group))
            {
                return Task.FromResult<IReadOnlyList<ChangeOutcome>>(changes.Select(c => ChangeOutcome.Failed(c.Key, GroupRefusal)).ToList());
            }

            var results = changes.Select(c => new ActualResource(c.Key, c.ExistingId ?? Guid.NewGuid().ToString("D"), Merge(state.Find(c.Key), c.Body))).ToList();
            _site = (_site ?? state).With(results);
            return Task.FromResult<IReadOnlyList<ChangeOutcome>>(results.Select(ChangeOutcome.Success).ToList());
        }

        private static JsonObject Merge(ActualResource? existing, JsonObject body)
        {
            var merged = existing is null ? new JsonObject() : (JsonObject)existing.Properties.DeepClone();
            foreach (var (name, value) in body)
            {
                merged[name] = value?.DeepClone();
            }

            return merged;
        }
    }
}
