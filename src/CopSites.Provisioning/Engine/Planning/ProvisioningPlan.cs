using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Planning;

/// <summary>What provisioning would do to a site: every object with create / update / unchanged / skipped and the reason.</summary>
/// <param name="Target">The CoP's group and site.</param>
/// <param name="Changes">One entry per object, by level then key.</param>
/// <param name="Unsupported">Template elements the engine does not apply, by name and location.</param>
public sealed record ProvisioningPlan(SiteTarget Target, IReadOnlyList<PlannedChange> Changes, IReadOnlyList<string> Unsupported)
{
    /// <summary>How many objects a kind of change touches.</summary>
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>True when applying would write nothing.</summary>
    public bool IsEmpty => Changes.All(c => c.Kind is ChangeKind.Unchanged or ChangeKind.Skipped);

    /// <summary>The number of levels that have writes: the least number of sequential round trips an apply needs.</summary>
    public int DependencyDepth => Changes.Where(c => c.Kind is ChangeKind.Create or ChangeKind.Update).Select(c => c.Level).Distinct().Count();
}
