using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>One browser request: the tenant it is for and the decoded path asked for.</summary>
internal sealed record UiRequest(TenantContext Tenant, string Path)
{
    public string HostName => Tenant.HostName;
}
