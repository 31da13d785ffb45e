using CopSites.Provisioning.Engine.Planning;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine;

/// <summary>What an apply did: the plan it followed, the site it produced and the writes the tenant refused.</summary>
public sealed record ProvisioningResult(ProvisioningPlan Plan, SiteFacts Site, IReadOnlyList<ChangeOutcome> Failures)
{
    /// <summary>True when every planned write landed.</summary>
    public bool Succeeded => Failures.Count == 0;
}
