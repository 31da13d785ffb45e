using System.Collections.Immutable;

namespace CopSites.Provisioning.Engine.Resources;

/// <summary>
/// The objects a site has now (or, during planning, will have): a snapshot the planner diffs against and the engine
/// updates with every outcome, so later levels see the ids of what earlier levels created.
/// </summary>
public sealed record SiteState
{
    /// <summary>A site with nothing in it yet (the plan for a CoP whose group does not exist).</summary>
    public static SiteState Empty(SiteFacts facts) => new() { Facts = facts };

    /// <summary>The site's facts.</summary>
    public required SiteFacts Facts { get; init; }

    /// <summary>Every known object by key.</summary>
    public ImmutableDictionary<ResourceKey, ActualResource> Resources { get; init; } = ImmutableDictionary<ResourceKey, ActualResource>.Empty;

    /// <summary>The object with this key, or null.</summary>
    public ActualResource? Find(ResourceKey key) => Resources.GetValueOrDefault(key);

    /// <summary>Every object of a kind.</summary>
    public IEnumerable<ActualResource> OfKind(ResourceKind kind) => Resources.Values.Where(r => r.Key.Kind == kind);

    /// <summary>Returns the state with these objects added or replaced.</summary>
    public SiteState With(IEnumerable<ActualResource> resources) =>
        this with { Resources = Resources.SetItems(resources.Select(r => KeyValuePair.Create(r.Key, r))) };
}
