using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.SharePointRest.Pipeline;

namespace CopSites.LocalTenant.SharePointRest.Navigation;

/// <summary>
/// _api/web/navigation: the quick launch and top navigation bar, nodes by id, their children. Changing navigation needs
/// Manage Web in SharePoint, hence Sites.Manage.All for writes.
/// </summary>
internal sealed class NavigationModule : IRestRouteModule
{
    public void Map(RestRouteTable routes)
    {
        foreach (var (segment, menu) in new[] { ("QuickLaunch", NavigationMenu.QuickLaunch), ("TopNavigationBar", NavigationMenu.TopNavigationBar) })
        {
            routes.Map("GET", $"web/navigation/{segment}", ScopeRequirement.SitesRead, (r, ct) => ListAsync(r, menu, ct));
            routes.Map("POST", $"web/navigation/{segment}", ScopeRequirement.SitesManage, (r, ct) => AddAsync(r, menu, null, ct));
        }

        routes.Map("GET", "web/navigation/GetNodeById({id})", ScopeRequirement.SitesRead, GetAsync);
        routes.Map("MERGE", "web/navigation/GetNodeById({id})", ScopeRequirement.SitesManage, UpdateAsync);
        routes.Map("PATCH", "web/navigation/GetNodeById({id})", ScopeRequirement.SitesManage, UpdateAsync);
        routes.Map("DELETE", "web/navigation/GetNodeById({id})", ScopeRequirement.SitesManage, DeleteAsync);
        routes.Map("GET", "web/navigation/GetNodeById({id})/Children", ScopeRequirement.SitesRead, ChildrenAsync);
        routes.Map("POST", "web/navigation/GetNodeById({id})/Children", ScopeRequirement.SitesManage, AddChildAsync);
    }

    private static async Task<RestResult> ListAsync(RestRequest request, string menu, CancellationToken ct)
    {
        var nodes = await ReadAsync(request, store => store.ListAsync(menu, ct), ct);
        return RestResult.Ok(new RestCollection(NavigationNodeJson.EntitySet, NavigationNodeJson.Children(nodes, null, NavigationNodeJson.ExpandDepth(request))));
    }

    private static async Task<RestResult> GetAsync(RestRequest request, CancellationToken ct)
    {
        var (node, menu) = await ReadAsync(request, async store =>
        {
            var (menuName, found) = await store.FindAsync(request.IntRoute("id"), ct) ?? throw NodeNotFound(request);
            return (found.Document, await store.ListAsync(menuName, ct));
        }, ct);
        return RestResult.Ok(NavigationNodeJson.ToEntity(node, menu, NavigationNodeJson.ExpandDepth(request)));
    }

    private static async Task<RestResult> ChildrenAsync(RestRequest request, CancellationToken ct)
    {
        var id = request.IntRoute("id");
        var menu = await ReadAsync(request, async store =>
        {
            var (menuName, _) = await store.FindAsync(id, ct) ?? throw NodeNotFound(request);
            return await store.ListAsync(menuName, ct);
        }, ct);
        return RestResult.Ok(new RestCollection(NavigationNodeJson.EntitySet, NavigationNodeJson.Children(menu, id, NavigationNodeJson.ExpandDepth(request))));
    }

    private static Task<RestResult> AddChildAsync(RestRequest request, CancellationToken ct) => AddAsync(request, null, request.IntRoute("id"), ct);

    private static async Task<RestResult> AddAsync(RestRequest request, string? menu, int? parentId, CancellationToken ct)
    {
        var body = request.JsonBody();
        var title = RestRequest.Property(body, "Title")?.ToString();
        if (string.IsNullOrWhiteSpace(title))
        {
            throw RestProblem.Argument("The parameter Title cannot be null or empty.");
        }

        var (url, external) = NavigationUrl.Normalise(RestRequest.Property(body, "Url")?.ToString(), request.SitePath, request.Tenant);
        var isExternal = RestRequest.Property(body, "IsExternal")?.GetValue<bool>() ?? external;
        var previous = RestRequest.Property(body, "PreviousNodeId")?.GetValue<int>();
        var (node, nodes) = await WriteAsync(request, async store =>
        {
            var target = menu ?? (await store.FindAsync(parentId!.Value, ct) ?? throw NodeNotFound(request)).Menu;
            var added = await store.AddAsync(target, parentId, title, url, isExternal, previous, n => ApplyOptional(n, body), ct);
            return (added, await store.ListAsync(target, ct));
        }, ct);
        return RestResult.Created(NavigationNodeJson.ToEntity(node, nodes, 0));
    }

    private static async Task<RestResult> UpdateAsync(RestRequest request, CancellationToken ct)
    {
        var body = request.JsonBody();
        await WriteAsync(request, async store =>
        {
            var (menu, found) = await store.FindAsync(request.IntRoute("id"), ct) ?? throw NodeNotFound(request);
            var node = found.CloneDocument();
            if (RestRequest.Property(body, "Title") is { } title)
            {
                node["title"] = string.IsNullOrWhiteSpace(title.ToString()) ? throw RestProblem.Argument("The parameter Title cannot be null or empty.") : title.ToString();
            }

            if (body.Any(p => p.Key.Equals("Url", StringComparison.OrdinalIgnoreCase)))
            {
                var (url, external) = NavigationUrl.Normalise(RestRequest.Property(body, "Url")?.ToString(), request.SitePath, request.Tenant);
                node["url"] = url;
                node["isExternal"] = RestRequest.Property(body, "IsExternal")?.GetValue<bool>() ?? external;
            }

            ApplyOptional(node, body);
            await store.ReplaceAsync(menu, node, ct);
            return true;
        }, ct);
        return RestResult.NoContent();
    }

    private static async Task<RestResult> DeleteAsync(RestRequest request, CancellationToken ct)
    {
        await WriteAsync(request, async store =>
        {
            var (menu, _) = await store.FindAsync(request.IntRoute("id"), ct) ?? throw NodeNotFound(request);
            await store.DeleteAsync(menu, request.IntRoute("id"), ct);
            return true;
        }, ct);
        return RestResult.Deleted();
    }

    private static void ApplyOptional(JsonObject node, JsonObject body)
    {
        if (RestRequest.Property(body, "IsVisible") is { } visible)
        {
            node["isVisible"] = visible.GetValue<bool>();
        }

        if (RestRequest.Property(body, "IsExternal") is { } external)
        {
            node["isExternal"] = external.GetValue<bool>();
        }

        if (RestRequest.Property(body, "AudienceIds") is { } audiences)
        {
            var ids = audiences is JsonObject { } verbose ? verbose["results"] : audiences;
            node["audienceIds"] = ids is JsonArray array ? array.DeepClone() : null;
        }
    }

    private static RestProblem NodeNotFound(RestRequest request) =>
        new(404, "-2147024809, System.ArgumentException", $"The navigation node {request.Route("id")} does not exist.");

    private static Task<T> WriteAsync<T>(RestRequest request, Func<NavigationStore, Task<T>> work, CancellationToken ct) =>
        request.Tenant.Database.WriteAsync(async session =>
        {
            await NavigationDefaults.EnsureSeededAsync(session, request.Site, ct);
            return await work(new NavigationStore(session, request.Site.Id));
        }, ct);

    // Reads only need a write unit the first time, to seed the defaults; afterwards they read.
    private static async Task<T> ReadAsync<T>(RestRequest request, Func<NavigationStore, Task<T>> work, CancellationToken ct)
    {
        var seeded = await request.Tenant.Database.ReadAsync(s => s.GetMetaAsync(NavigationMenu.CounterKey(request.Site.Id), ct), ct) is not null;
        return seeded
            ? await request.Tenant.Database.ReadAsync(session => work(new NavigationStore(session, request.Site.Id)), ct)
            : await WriteAsync(request, work, ct);
    }
}
