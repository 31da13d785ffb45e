using System.Text.Json.Nodes;

namespace CopSites.Provisioning.Engine.Resources;

/// <summary>An object as the tenant has it now.</summary>
/// <param name="Key">Its natural identity.</param>
/// <param name="Id">The tenant's id for it (list GUID, column id, item id, node id…).</param>
/// <param name="Properties">Its properties in the tenant's wire shape.</param>
public sealed record ActualResource(ResourceKey Key, string Id, JsonObject Properties)
{
    /// <summary>Who changed it last (UPN), when the tenant says; used to tell user edits from ours.</summary>
    public string? LastModifiedBy { get; init; }

    /// <summary>True when the object only exists in a simulated plan, not yet in the tenant.</summary>
    public bool IsPlanned { get; init; }
}
