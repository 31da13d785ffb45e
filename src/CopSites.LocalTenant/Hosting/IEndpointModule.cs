using Microsoft.AspNetCore.Routing;

namespace CopSites.LocalTenant.Hosting;

/// <summary>A family of non-Graph endpoints (SharePoint REST, the web UI) mapped on the tenant's web app.</summary>
public interface IEndpointModule
{
    /// <summary>Adds this family's endpoints.</summary>
    void Map(IEndpointRouteBuilder app, TenantServices services);
}
