using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Web;

/// <summary>_api/web/lists: enough for the engine to resolve a list by title or id and read its root folder.</summary>
internal sealed class ListsModule : IRestRouteModule
{
    public void Map(RestRouteTable routes)
    {
        routes.Map("GET", "web/lists", ScopeRequirement.SitesRead, ListAsync);
        routes.Map("GET", "web/lists/GetByTitle('{title}')", ScopeRequirement.SitesRead, (r, ct) => GetAsync(r, false, ct));
        routes.Map("GET", "web/lists/GetByTitle('{title}')/RootFolder", ScopeRequirement.SitesRead, (r, ct) => GetAsync(r, true, ct));
        routes.Map("GET", "web/lists(guid'{id}')", ScopeRequirement.SitesRead, (r, ct) => GetAsync(r, false, ct));
        routes.Map("GET", "web/lists(guid'{id}')/RootFolder", ScopeRequirement.SitesRead, (r, ct) => GetAsync(r, true, ct));
    }

    private static async Task<RestResult> ListAsync(RestRequest request, CancellationToken ct)
    {
        var lists = await request.Tenant.Database.ReadAsync(async s =>
        {
            var result = new List<RestEntity>();
            foreach (var list in await s.ListAsync(EntityKinds.List, request.Site.Id, ct))
            {
                result.Add(ListJson.ToEntity(list, await CountAsync(s, request, list, ct), Expands(request)));
            }

            return result;
        }, ct);
        var filtered = request.OData.Filter is { } filter ? lists.Where(l => filter.Matches(l.Properties)).ToList() : lists;
        return RestResult.Ok(new RestCollection("SP.ApiData.Lists", filtered));
    }

    private static async Task<RestResult> GetAsync(RestRequest request, bool rootFolder, CancellationToken ct)
    {
        var entity = await request.Tenant.Database.ReadAsync(async s =>
        {
            var list = await FindAsync(s, request, ct);
            return rootFolder ? ListJson.RootFolder(list) : ListJson.ToEntity(list, await CountAsync(s, request, list, ct), Expands(request));
        }, ct);
        return RestResult.Ok(entity);
    }

    internal static async Task<StoredEntity> FindAsync(TenantSession session, RestRequest request, CancellationToken ct)
    {
        if (request.RouteValues.TryGetValue("id", out var id))
        {
            return await session.GetAsync(EntityKinds.List, request.Site.Id, id, ct)
                ?? throw RestProblem.ItemNotFound("List does not exist.\n\nThe page you selected contains a list that does not exist. It may have been deleted by another user.");
        }

        // In an OData string literal a quote is written twice.
        var title = request.Route("title").Replace("''", "'", StringComparison.Ordinal);
        var matches = await session.FindByPropertyAsync(EntityKinds.List, request.Site.Id, "displayName", title, ct);
        return matches.FirstOrDefault()
            ?? throw new RestProblem(404, "-1, System.ArgumentException", $"List '{title}' does not exist at site with URL '{request.Tenant.WebUrl(request.SitePath).TrimEnd('/')}'.");
    }

    private static async Task<int> CountAsync(TenantSession session, RestRequest request, StoredEntity list, CancellationToken ct) =>
        (await session.ListAsync(EntityKinds.ListItem, TenantSession.ChildScope(request.Site.Id, list.Id), ct)).Count;

    private static bool Expands(RestRequest request) => request.OData.ExpandOf("RootFolder") is not null;
}
