using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>What a write needs besides the change: the site, its state (for ids of related objects) and request builders.</summary>
internal sealed record WriteContext(SiteState State, SiteAddress Site, GraphRequests Requests)
{
    /// <summary>The tenant id of a related object, or a typed failure naming it.</summary>
    public string IdOf(ResourceKey key) => State.Find(key)?.Id
        ?? throw new ChangeRejectedException(new TenantFailure(424, "failedDependency", $"{key} does not exist yet.", null));

    /// <summary>The id of the change's parent.</summary>
    public string ParentId(ResourceChange change, ResourceKey parent) => change.ParentId ?? IdOf(parent);

    /// <summary>The group id, from the state or the site facts.</summary>
    public string GroupId => Site.GroupId ?? State.OfKind(ResourceKind.Group).FirstOrDefault()?.Id
        ?? throw new ChangeRejectedException(new TenantFailure(424, "failedDependency", "The site has no Microsoft 365 group.", null));
}

/// <summary>A change that cannot be sent; becomes a failed outcome, not a crash.</summary>
internal sealed class ChangeRejectedException(TenantFailure failure) : Exception(failure.Message)
{
    public TenantFailure Failure { get; } = failure;
}
