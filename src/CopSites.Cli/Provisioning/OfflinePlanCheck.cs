using CopSites.Provisioning.Engine;
using CopSites.Provisioning.Engine.Building;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Cli.Provisioning;

/// <summary>
/// What `validate` adds to schema and token checks, still without a tenant: the engine's whole-plan simulation against
/// a site that does not exist yet, which is what a new CoP gets. It finds what only building reveals: field types and
/// web parts CopSites cannot apply, references to lists, fields or parameters that nothing provides.
/// </summary>
internal static class OfflinePlanCheck
{
    private static readonly SiteTarget NewSite = new("new-cop", "New CoP");

    /// <summary>The problems the engine would refuse the template for; empty when it would plan.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(ProvisioningRequest request, CancellationToken ct)
    {
        try
        {
            await new ProvisioningEngine(new AbsentSite(), StandardBuilders.All).PlanAsync(request, ct);
            return [];
        }
        catch (ProvisioningInputException e)
        {
            return e.Problems;
        }
    }

    /// <summary>A request for the template alone: its parameters' defaults, no charter (so no group or members).</summary>
    public static ProvisioningRequest RequestFor(ProvisioningHierarchy hierarchy, ProvisioningTemplate template) => new()
    {
        Template = template,
        Target = NewSite,
        Parameters = hierarchy.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>A tenant on which the CoP's group does not exist yet; nothing can be written to it.</summary>
    private sealed class AbsentSite : ISiteGateway
    {
        public Uri TenantWebRoot { get; } = new("https://contoso.sharepoint.com");

        public Task<SiteState?> ReadAsync(SiteTarget target, StateQuery query, CancellationToken ct) => Task.FromResult<SiteState?>(null);

        // Offline there is no directory: provision and plan look people up before writing.
        public Task<IReadOnlyList<string>> FindUnknownPeopleAsync(IReadOnlyList<string> userPrincipalNames, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<string>>([]);

        public Task<IReadOnlyList<ChangeOutcome>> ApplyAsync(SiteState state, IReadOnlyList<ResourceChange> changes, CancellationToken ct) =>
            throw new InvalidOperationException("validate never writes.");
    }
}
