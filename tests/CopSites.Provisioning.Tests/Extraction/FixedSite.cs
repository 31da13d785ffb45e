using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Tests.Extraction;

/// <summary>A gateway that answers every read with one site and refuses to write: for planning against a known state.</summary>
internal sealed class FixedSite(SiteState state) : ISiteGateway
{
    public Uri TenantWebRoot => new(state.Facts.HostUrl);

    public Task<SiteState?> ReadAsync(SiteTarget target, StateQuery query, CancellationToken ct) => Task.FromResult<SiteState?>(state);

    public Task<IReadOnlyList<string>> FindUnknownPeopleAsync(IReadOnlyList<string> userPrincipalNames, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task<IReadOnlyList<ChangeOutcome>> ApplyAsync(SiteState current, IReadOnlyList<ResourceChange> changes, CancellationToken ct) =>
        throw new InvalidOperationException("Planning only.");
}
