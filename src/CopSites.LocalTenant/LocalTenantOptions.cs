using CopSites.LocalTenant.Faults;

namespace CopSites.LocalTenant;

/// <summary>How a local tenant starts.</summary>
public sealed record LocalTenantOptions
{
    /// <summary>The loopback port; 0 picks a free one. <value>Default: 0.</value></summary>
    public int Port { get; init; }

    /// <summary>The SQLite file; its folder also holds the signing key. <value>Default: .copsites/tenant.db.</value></summary>
    public string DataPath { get; init; } = Path.Combine(".copsites", "tenant.db");

    /// <summary>The SharePoint host name in site ids. <value>Default: contoso.sharepoint.com.</value></summary>
    public string HostName { get; init; } = "contoso.sharepoint.com";

    /// <summary>The UPN domain of the seeded users. <value>Default: contoso.local.</value></summary>
    public string UserDomain { get; init; } = "contoso.local";

    /// <summary>The most items one page returns; $top asks for fewer. <value>Default: 200.</value></summary>
    public int PageSize { get; init; } = 200;

    /// <summary>Faults injected into every request unless a request overrides them. <value>Default: none.</value></summary>
    public FaultSettings Faults { get; init; } = new();

    /// <summary>The seed of the fault injector's random draws (null: not reproducible). <value>Default: null.</value></summary>
    public int? FaultSeed { get; init; }

    /// <summary>
    /// When true, Graph page creation refuses web parts that v1.0 does not document as supported (Quick Chart, List),
    /// as the real service does; they must then go through SharePoint REST. <value>Default: true.</value>
    /// </summary>
    public bool StrictWebParts { get; init; } = true;

    /// <summary>The largest upload accepted, in bytes; more gives 507 insufficientStorage. <value>Default: 50 MB.</value></summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>
    /// A folder holding the built Office add-in (addin/dist), served at /addin/ on the tenant's origin so the task
    /// pane and its try-it page run beside the tenant; null serves nothing. <value>Default: null.</value>
    /// </summary>
    public string? AddinFolder { get; init; }
}
