using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>
/// The state a CoP scenario builds up step by step (a community group, its site, lists, files, pages, terms, a team),
/// and the recording clients it acts through.
/// </summary>
internal sealed class ContractScenario(TenantFixture tenant, ExchangeLog log)
{
    public TenantFixture Tenant { get; } = tenant;

    public ExchangeLog Log { get; } = log;

    /// <summary>Alice, the community's owner and admin.</summary>
    public GraphServiceClient Graph { get; } = RecordingGraphClient.Create(tenant, tenant.Token, log);

    public string Alias { get; } = "cop-" + Guid.NewGuid().ToString("N")[..8];

    public string GroupId { get; set; } = "";

    public string SiteId { get; set; } = "";

    public string ListId { get; set; } = "";

    public string ItemId { get; set; } = "";

    public string DriveId { get; set; } = "";

    public string DocumentsListId { get; set; } = "";

    public string FileId { get; set; } = "";

    public string FileListItemId { get; set; } = "";

    public string FileWebUrl { get; set; } = "";

    public string UserId(string alias) => Tenant.Host.Users.Find(alias + "@contoso.local")!.Id;

    /// <summary>A recording client acting as another seeded user.</summary>
    public GraphServiceClient As(string alias) => RecordingGraphClient.Create(Tenant, Tenant.Host.IssueToken(alias + "@contoso.local"), Log);
}
