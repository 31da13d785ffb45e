using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Protocol;

/// <summary>Everything a handler needs from the tenant: its store, clock, identity and the URLs it is served at.</summary>
public sealed class TenantContext
{
    /// <summary>The SQLite store.</summary>
    public required TenantDatabase Database { get; init; }

    /// <summary>The clock; tests may pass a fake.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>The tenant's SharePoint host name as it appears in site ids (e.g. contoso.sharepoint.com).</summary>
    public required string HostName { get; init; }

    /// <summary>The tenant (directory) id.</summary>
    public required string TenantId { get; init; }

    /// <summary>The options the tenant started with.</summary>
    public required LocalTenantOptions Options { get; init; }

    /// <summary>The seeded directory of users.</summary>
    public required Directory.UserDirectory Users { get; init; }

    /// <summary>The served root, e.g. http://127.0.0.1:5080 (no trailing slash). Set once the server listens.</summary>
    public string WebBase { get; internal set; } = "http://127.0.0.1";

    /// <summary>The Graph base URL, e.g. http://127.0.0.1:5080/v1.0.</summary>
    public string GraphBase => WebBase + "/v1.0";

    /// <summary>The absolute URL of a server-relative SharePoint path ("/sites/x" → http://127.0.0.1:5080/sites/x).</summary>
    public string WebUrl(string serverRelativePath) => WebBase + (serverRelativePath.StartsWith('/') ? serverRelativePath : "/" + serverRelativePath);
}
