using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Ports;

/// <summary>
/// What the engine needs from a tenant. Implemented by CopSites.SharePoint over Graph and SharePoint REST; the engine
/// itself does no I/O. One call per dependency level: the gateway batches and parallelises inside it.
/// </summary>
public interface ISiteGateway
{
    /// <summary>The tenant's SharePoint root (https://contoso.sharepoint.com, or the local tenant's web root).</summary>
    Uri TenantWebRoot { get; }

    /// <summary>Reads the CoP's group and site with everything the template can touch; null when the group does not exist.</summary>
    Task<SiteState?> ReadAsync(SiteTarget target, StateQuery query, CancellationToken ct);

    /// <summary>
    /// The user principal names among <paramref name="userPrincipalNames"/> that the tenant's directory does not know,
    /// looked up before anything is written (Graph refuses a group whose owners or members it cannot find).
    /// </summary>
    Task<IReadOnlyList<string>> FindUnknownPeopleAsync(IReadOnlyList<string> userPrincipalNames, CancellationToken ct);

    /// <summary>
    /// Applies one dependency level of changes. Every change gets an outcome in the same order; a refused change is an
    /// outcome with a failure, not an exception. Exceptions mean the tenant could not be reached at all.
    /// </summary>
    Task<IReadOnlyList<ChangeOutcome>> ApplyAsync(SiteState state, IReadOnlyList<ResourceChange> changes, CancellationToken ct);
}
