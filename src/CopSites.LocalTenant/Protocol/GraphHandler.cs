namespace CopSites.LocalTenant.Protocol;

/// <summary>Handles one Graph operation.</summary>
public delegate Task<GraphResult> GraphHandler(GraphCall call, CancellationToken ct);

/// <summary>A family of routes (sites, lists, drives...) registers its handlers on the route table.</summary>
public interface IGraphRouteModule
{
    /// <summary>Adds this family's routes.</summary>
    void Map(RouteTable routes);
}
