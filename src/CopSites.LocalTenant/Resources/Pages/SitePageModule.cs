using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Analytics;
using CopSites.LocalTenant.Resources.Drives;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>
/// The sitePage cast (sites/{id}/pages/{id}/graph.sitePage): the page with canvasLayout and webParts, and publish.
/// Publish has no builder in the SDK (graph-contract.md §0.5) but is the documented way to check a page in.
/// </summary>
internal sealed class SitePageModule : IGraphRouteModule
{
    private const string Cast = "sites/{site-id}/pages/{baseSitePage-id}/graph.sitePage";

    public void Map(RouteTable routes)
    {
        routes.MapGet(Cast, PagesModule.GetAsync);
        routes.MapPatch(Cast, PagesModule.UpdateAsync);
        routes.MapGet(Cast + "/canvasLayout", CanvasLayoutAsync);
        routes.MapGet(Cast + "/webParts", WebPartsAsync);
        routes.MapPost(Cast + "/publish", PublishAsync);
    }

    private static async Task<GraphResult> CanvasLayoutAsync(GraphCall call, CancellationToken ct)
    {
        var (site, page) = await call.Tenant.Database.ReadAsync(s => PageLookup.FindAsync(s, call, ct), ct);
        var json = page.Document["canvasLayout"]?.DeepClone() as JsonObject ?? [];
        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#sites('{site.Id}')/pages('{page.Id}')/microsoft.graph.sitePage/canvasLayout/$entity");
        return GraphResult.Ok(json);
    }

    private static async Task<GraphResult> WebPartsAsync(GraphCall call, CancellationToken ct)
    {
        var (site, page) = await call.Tenant.Database.ReadAsync(s => PageLookup.FindAsync(s, call, ct), ct);
        return GraphResult.Ok(CollectionResponder.Page(call, SitePageJson.WebParts(page),
            $"sites('{site.Id}')/pages('{page.Id}')/microsoft.graph.sitePage/webParts"));
    }

    private static async Task<GraphResult> PublishAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (site, page) = await PageLookup.FindAsync(s, call, ct);
            if (page.Document["publishingState"]?["level"]?.ToString() == "published")
            {
                return;
            }

            var doc = page.CloneDocument();
            doc["publishingState"] = PublishingState.AfterPublish(doc["publishingState"]);
            doc["lastModifiedBy"] = CallerIdentity.Of(call);
            await s.ReplaceAsync(EntityKinds.Page, site.Id, page.Id, doc, null, ct);
            await ActivityLog.RecordAsync(s, call, ActivityLog.PageTarget(site.Id, page.Id), ActivityLog.Edit, ct);
        }, ct);
        return GraphResult.NoContent();
    }
}
