using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Analytics;
using CopSites.LocalTenant.Resources.Drives;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>sites/{id}/pages: list, create (sitePage only), read, update and delete modern pages.</summary>
internal sealed class PagesModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapGet("sites/{site-id}/pages", ListAsync);
        routes.MapGet("sites/{site-id}/pages/graph.sitePage", ListAsync);
        routes.MapPost("sites/{site-id}/pages", CreateAsync);
        routes.MapGet("sites/{site-id}/pages/{baseSitePage-id}", GetAsync);
        routes.MapPatch("sites/{site-id}/pages/{baseSitePage-id}", UpdateAsync);
        routes.MapDelete("sites/{site-id}/pages/{baseSitePage-id}", DeleteAsync);
    }

    /// <summary>Reads one page, recording the access; canvasLayout when $expand asks for it.</summary>
    public static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var json = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (site, page) = await PageLookup.FindAsync(s, call, ct);
            await ActivityLog.RecordAsync(s, call, ActivityLog.PageTarget(site.Id, page.Id), ActivityLog.Access, ct);
            return Single(call, SitePageJson.Render(page, site, call.Tenant, call.OData.ExpandOf("canvasLayout") is not null), site);
        }, ct);
        return GraphResult.Ok(json);
    }

    /// <summary>Applies a PATCH: the page goes (back) to checkout at the next minor version, edited by the caller.</summary>
    public static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var canvas = new CanvasLayoutReader(call.Tenant.Options.StrictWebParts);
        var json = await call.Tenant.Database.WriteAsync(async s =>
        {
            var (site, page) = await PageLookup.FindAsync(s, call, ct);
            PageLookup.CheckIfMatch(call, page);
            if (body["name"]?.ToString() is { } name && !SitePageBody.Name(body).Equals(page.Document["name"]?.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                throw GraphProblem.BadRequest($"A page cannot be renamed to '{name}' through Graph.");
            }

            var doc = page.CloneDocument();
            SitePageBody.Apply(doc, body, canvas);
            var editor = CallerIdentity.Of(call);
            doc["lastModifiedBy"] = editor;
            doc["publishingState"] = PublishingState.AfterEdit(doc["publishingState"], editor);
            var saved = await s.ReplaceAsync(EntityKinds.Page, site.Id, page.Id, doc, null, ct);
            await ActivityLog.RecordAsync(s, call, ActivityLog.PageTarget(site.Id, page.Id), ActivityLog.Edit, ct);
            return Single(call, SitePageJson.Render(saved, site, call.Tenant, withCanvas: true), site);
        }, ct);
        return GraphResult.Ok(json);
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var withCanvas = call.OData.ExpandOf("canvasLayout") is not null;
        var (site, pages) = await call.Tenant.Database.ReadAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            return (site, await s.ListAsync(EntityKinds.Page, site.Id, ct));
        }, ct);
        var items = pages.Select(p => SitePageJson.Render(p, site, call.Tenant, withCanvas));
        return GraphResult.Ok(CollectionResponder.Page(call, items, $"sites('{site.Id}')/pages"));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        SitePageBody.RequireSitePageType(body);
        var name = SitePageBody.Name(body);
        var editor = CallerIdentity.Of(call);
        var doc = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = name,
            ["title"] = name[..^".aspx".Length],
            ["pageLayout"] = "article",
            ["promotionKind"] = "page",
            ["showComments"] = false,
            ["showRecommendedPages"] = false,
            ["canvasLayout"] = new JsonObject { ["horizontalSections"] = new JsonArray() },
        };
        SitePageBody.Apply(doc, body, new CanvasLayoutReader(call.Tenant.Options.StrictWebParts));
        doc["publishingState"] = PublishingState.New(editor);
        doc["createdBy"] = editor;
        doc["lastModifiedBy"] = editor.DeepClone();

        var json = await call.Tenant.Database.WriteAsync(async s =>
        {
            var site = await SiteResolver.ResolveAsync(s, call.Route("site-id"), ct);
            if ((await s.FindByPropertyAsync(EntityKinds.Page, site.Id, "name", name, ct)).Count > 0)
            {
                throw GraphProblem.NameAlreadyExists($"A page named '{name}' already exists in this site.");
            }

            var page = await s.InsertAsync(EntityKinds.Page, site.Id, doc["id"]!.GetValue<string>(), doc, ct);
            await ActivityLog.RecordAsync(s, call, ActivityLog.PageTarget(site.Id, page.Id), ActivityLog.Create, ct);
            return Single(call, SitePageJson.Render(page, site, call.Tenant, withCanvas: true), site);
        }, ct);
        return GraphResult.Created(json);
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (site, page) = await PageLookup.FindAsync(s, call, ct);
            PageLookup.CheckIfMatch(call, page);
            await s.DeleteAsync(EntityKinds.Page, site.Id, page.Id, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static JsonObject Single(GraphCall call, JsonObject page, StoredEntity site)
    {
        var canvas = page["canvasLayout"];
        page.Remove("canvasLayout");
        var json = CollectionResponder.Select(page, call.OData.Select);
        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#sites('{site.Id}')/pages/$entity");
        if (canvas is not null)
        {
            json["canvasLayout"] = canvas;
        }

        return json;
    }
}
