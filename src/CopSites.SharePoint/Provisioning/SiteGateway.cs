using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Connection;
using CopSites.SharePoint.Provisioning.Reading;
using CopSites.SharePoint.Provisioning.Writing;

namespace CopSites.SharePoint.Provisioning;

/// <summary>The provisioning engine's port onto a tenant: reads a CoP site into a state and applies levels of changes.</summary>
public sealed class SiteGateway : ISiteGateway
{
    private readonly TenantGateway _tenant;
    private readonly SiteStateReader _reader;
    private readonly SiteUrlReader _urlReader;
    private readonly ChangeWriter _writer;
    private readonly DirectoryLookup _directory;

    /// <summary>Builds the port over a connected tenant gateway.</summary>
    public SiteGateway(TenantGateway tenant)
    {
        _tenant = tenant;
        var requests = new GraphRequests(tenant.Connection.Target.GraphBaseUrl.ToString());
        var reads = new GraphReads(tenant.Batches, requests);
        _reader = new SiteStateReader(reads, tenant.Rest, DownloadAsync);
        _urlReader = new SiteUrlReader(reads, tenant.Rest, DownloadAsync);
        _directory = new DirectoryLookup(reads);
        _writer = new ChangeWriter(tenant.Batches, new RestWrites(tenant.Rest), new PeopleResolver(tenant.Rest), requests);
    }

    /// <inheritdoc />
    public Uri TenantWebRoot => _tenant.Connection.Target.WebRoot;

    /// <inheritdoc />
    public Task<SiteState?> ReadAsync(SiteTarget target, StateQuery query, CancellationToken ct) => _reader.ReadAsync(target, query, ct);

    /// <summary>
    /// Reads any site by its URL (absolute, or server-relative to the tenant's root) with the structure of all its
    /// lists, for extraction; null when the tenant has no site there. Items and files are not read.
    /// </summary>
    public Task<SiteState?> ReadSiteAsync(Uri siteUrl, CancellationToken ct) =>
        _urlReader.ReadAsync(siteUrl.IsAbsoluteUri ? siteUrl : new Uri(TenantWebRoot, siteUrl), ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> FindUnknownPeopleAsync(IReadOnlyList<string> userPrincipalNames, CancellationToken ct) =>
        _directory.FindUnknownAsync(userPrincipalNames, ct);

    /// <inheritdoc />
    public Task<IReadOnlyList<ChangeOutcome>> ApplyAsync(SiteState state, IReadOnlyList<ResourceChange> changes, CancellationToken ct) =>
        _writer.ApplyAsync(state, changes, ct);

    private async Task<byte[]> DownloadAsync(string driveId, string itemId, CancellationToken ct)
    {
        await using var stream = await _tenant.Graph.Drives[driveId].Items[itemId].Content.GetAsync(cancellationToken: ct);
        using var buffer = new MemoryStream();
        if (stream is not null)
        {
            await stream.CopyToAsync(buffer, ct);
        }

        return buffer.ToArray();
    }
}
