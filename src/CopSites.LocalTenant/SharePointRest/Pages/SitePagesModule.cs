using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Analytics;
using CopSites.LocalTenant.SharePointRest.Navigation;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>
/// _api/sitepages/pages: the modern page API, which takes any web part (Quick Chart and List included, which Graph
/// v1.0 refuses). Pages are the same stored pages Graph serves; CanvasContent1 is translated to and from canvasLayout.
/// </summary>
internal sealed class SitePagesModule : IRestRouteModule
{
    public void Map(RestRouteTable routes)
    {
        routes.Map("GET", "sitepages/pages", ScopeRequirement.SitesRead, ListAsync);
        routes.Map("POST", "sitepages/pages", ScopeRequirement.SitesWrite, CreateAsync);
        routes.Map("GET", "sitepages/pages({id})", ScopeRequirement.SitesRead, GetAsync);
        routes.Map("GET", "sitepages/pages/GetByUrl('{url}')", ScopeRequirement.SitesRead, GetAsync);
        routes.Map("POST", "sitepages/pages({id})/savepage", ScopeRequirement.SitesWrite, (r, ct) => SaveAsync(r, "checkout", "SavePage", ct));
        routes.Map("POST", "sitepages/pages({id})/savepageasdraft", ScopeRequirement.SitesWrite, (r, ct) => SaveAsync(r, "draft", "SavePageAsDraft", ct));
        routes.Map("POST", "sitepages/pages({id})/checkoutpage", ScopeRequirement.SitesWrite, CheckOutAsync);
        routes.Map("POST", "sitepages/pages({id})/publish", ScopeRequirement.SitesWrite, PublishAsync);
    }

    private static async Task<RestResult> ListAsync(RestRequest request, CancellationToken ct)
    {
        var pages = await request.Tenant.Database.ReadAsync(s => s.ListAsync(EntityKinds.Page, request.Site.Id, ct), ct);
        var entities = pages.Select(p => SitePageJson.ToEntity(p, request.SitePath, request.Tenant))
            .Where(e => request.OData.Filter?.Matches(e.Properties) ?? true)
            .Take(request.OData.Top ?? int.MaxValue)
            .ToList();
        return RestResult.Ok(new RestCollection(SitePageJson.EntitySet, entities));
    }

    private static async Task<RestResult> GetAsync(RestRequest request, CancellationToken ct)
    {
        var page = await request.Tenant.Database.WriteAsync(async s =>
        {
            var found = await FindAsync(s, request, ct);
            await RecordAsync(s, request, found, ActivityLog.Access, ct);
            return found;
        }, ct);
        return RestResult.Ok(SitePageJson.ToEntity(page, request.SitePath, request.Tenant));
    }

    private static async Task<RestResult> CreateAsync(RestRequest request, CancellationToken ct)
    {
        var body = request.JsonBody();
        var title = RestRequest.Property(body, "Title")?.ToString() ?? "";
        var layout = RestRequest.Property(body, "PageLayoutType")?.ToString() ?? "Article";
        var news = RestRequest.Property(body, "PromotedState") is JsonValue state && state.TryGetValue<int>(out var promoted) && promoted > 0;
        var requestedName = RestRequest.Property(body, "FileName")?.ToString() ?? RestRequest.Property(body, "Name")?.ToString();
        var page = await request.Tenant.Database.WriteAsync(async s =>
        {
            var existing = await s.ListAsync(EntityKinds.Page, request.Site.Id, ct);
            var name = PageName(requestedName, title, existing);
            if (existing.Any(p => p.Document["name"]?.ToString()?.Equals(name, StringComparison.OrdinalIgnoreCase) == true))
            {
                throw RestProblem.AlreadyExists($"A file with the name SitePages/{name} already exists.");
            }

            var doc = SitePageDocument.Create(name, title, layout, news, request.Tenant.Users.Find(request.Caller.UserPrincipalName));
            Apply(doc, body, request);
            var stored = await s.InsertAsync(EntityKinds.Page, request.Site.Id, doc["id"]!.ToString(), doc, ct);
            await RecordAsync(s, request, stored, ActivityLog.Create, ct);
            return stored;
        }, ct);
        return RestResult.Created(SitePageJson.ToEntity(page, request.SitePath, request.Tenant));
    }

    private static async Task<RestResult> SaveAsync(RestRequest request, string level, string function, CancellationToken ct)
    {
        var body = request.JsonBody();
        await ChangeAsync(request, doc =>
        {
            Apply(doc, body, request);
            SitePageDocument.Step(doc, level, major: false, request.Tenant.Users.Find(request.Caller.UserPrincipalName));
        }, ct);
        return RestResult.Ok(new RestPrimitive(function, "Edm.Boolean", true));
    }

    private static async Task<RestResult> CheckOutAsync(RestRequest request, CancellationToken ct)
    {
        var page = await ChangeAsync(request, doc => doc["publishingState"]!["level"] = "checkout", ct);
        return RestResult.Ok(SitePageJson.ToEntity(page, request.SitePath, request.Tenant));
    }

    private static async Task<RestResult> PublishAsync(RestRequest request, CancellationToken ct)
    {
        await ChangeAsync(request, doc => SitePageDocument.Step(doc, "published", major: true, request.Tenant.Users.Find(request.Caller.UserPrincipalName)), ct);
        return RestResult.Ok(new RestPrimitive("Publish", "Edm.Boolean", true));
    }

    private static Task<StoredEntity> ChangeAsync(RestRequest request, Action<JsonObject> change, CancellationToken ct) =>
        request.Tenant.Database.WriteAsync(async s =>
        {
            var page = await FindAsync(s, request, ct);
            var doc = page.CloneDocument();
            change(doc);
            var updated = await s.ReplaceAsync(EntityKinds.Page, request.Site.Id, page.Id, doc, null, ct);
            await RecordAsync(s, request, updated, ActivityLog.Edit, ct);
            return updated;
        }, ct);

    /// <summary>Applies the SP.Publishing.SitePage properties a create or save may carry.</summary>
    private static void Apply(JsonObject doc, JsonObject body, RestRequest request)
    {
        if (RestRequest.Property(body, "CanvasContent1") is { } canvas)
        {
            doc["canvasLayout"] = CanvasContentReader.ToCanvasLayout(canvas.ToString());
        }

        if (RestRequest.Property(body, "Title") is { } title)
        {
            doc["title"] = title.ToString();
        }

        if (RestRequest.Property(body, "Description") is { } description)
        {
            doc["description"] = description.ToString();
        }

        var titleArea = doc["titleArea"] as JsonObject ?? [];
        if (RestRequest.Property(body, "BannerImageUrl") is { } banner)
        {
            titleArea["imageWebUrl"] = NavigationUrl.Normalise(banner.ToString(), request.SitePath, request.Tenant).Url;
        }

        if (RestRequest.Property(body, "TopicHeader") is { } topic)
        {
            titleArea["textAboveTitle"] = topic.ToString();
            titleArea["showTextBlockAboveTitle"] = topic.ToString().Length > 0;
        }

        doc["titleArea"] = titleArea;
    }

    private static async Task<StoredEntity> FindAsync(TenantSession session, RestRequest request, CancellationToken ct)
    {
        var pages = await session.ListAsync(EntityKinds.Page, request.Site.Id, ct);
        var found = request.RouteValues.TryGetValue("url", out var url)
            ? pages.FirstOrDefault(p => p.Document["name"]?.ToString()?.Equals(url.Replace("''", "'", StringComparison.Ordinal).Split('/')[^1], StringComparison.OrdinalIgnoreCase) == true)
            : pages.FirstOrDefault(p => p.Sequence == request.IntRoute("id"));
        return found ?? throw RestProblem.ItemNotFound("Item does not exist. It may have been deleted by another user.");
    }

    private static string PageName(string? requested, string title, IReadOnlyList<StoredEntity> existing)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return requested.EndsWith(".aspx", StringComparison.OrdinalIgnoreCase) ? requested : requested + ".aspx";
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            return SitePageDocument.FileNameFromTitle(title);
        }

        var names = existing.Select(p => p.Document["name"]?.ToString() ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Enumerable.Range(1, names.Count + 1).Select(SitePageDocument.Untitled).First(n => !names.Contains(n));
    }

    private static Task RecordAsync(TenantSession session, RestRequest request, StoredEntity page, string action, CancellationToken ct) =>
        session.RecordActivityAsync(new ActivityRecord(ActivityLog.PageTarget(request.Site.Id, page.Id), action, request.Caller.UserPrincipalName,
            request.Tenant.Clock.GetUtcNow()), ct);
}
