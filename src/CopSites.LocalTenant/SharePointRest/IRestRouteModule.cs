using CopSites.LocalTenant.SharePointRest.Pipeline;

namespace CopSites.LocalTenant.SharePointRest;

/// <summary>A family of SharePoint REST routes (navigation, web, pages); discovered by reflection like Graph modules.</summary>
internal interface IRestRouteModule
{
    void Map(RestRouteTable routes);
}
