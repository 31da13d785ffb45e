using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.Lists;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>
/// POST /sites/{id}/lists/{list}/contentTypes/addCopy {"contentType": "&lt;URL of a site content type&gt;"}: the list gets
/// its own child of the site content type, the site columns it links become list columns (same ids), and the list's
/// contentTypesEnabled turns on.
/// </summary>
internal sealed class AddCopyModule : IGraphRouteModule
{
    public void Map(RouteTable routes) => routes.MapPost("sites/{site-id}/lists/{list-id}/contentTypes/addCopy", AddCopyAsync, ScopeRequirement.SitesManage);

    private static async Task<GraphResult> AddCopyAsync(GraphCall call, CancellationToken ct)
    {
        var reference = GraphReference.Parse(call.JsonBody()["contentType"]?.ToString(), "contentType");
        var sourceId = reference.KeyAfter("contentTypes") ?? throw GraphProblem.BadRequest("contentType must be the URL of a site content type.");
        var copy = await call.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListResolver.ResolveAsync(s, call, ct);
            var sourceSite = reference.KeyAfter("sites") is { } siteKey ? (await SiteResolver.ResolveAsync(s, siteKey, ct)).Id : list.SiteId;
            var siteScope = ContentTypeScope.ForSite(sourceSite);
            var source = await ContentTypeStore.GetAsync(s, siteScope, sourceId, ct);
            var listScope = ContentTypeScope.ForList(list);
            var existing = await ContentTypeStore.ListAsync(s, listScope, ct);
            if (existing.Any(c => c["parentId"]?.GetValue<string>() == source["id"]!.GetValue<string>()
                || c["name"]!.GetValue<string>().Equals(source["name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase)))
            {
                throw GraphProblem.NameAlreadyExists($"The list already has the content type \"{source["name"]}\".");
            }

            var copy = (JsonObject)source.DeepClone();
            copy["id"] = ContentTypeIds.NewChild(source["id"]!.GetValue<string>());
            copy["parentId"] = source["id"]!.GetValue<string>();
            copy["isBuiltIn"] = false;
            copy["isPublished"] = false;
            copy["columnLinks"] = new JsonArray();
            await ContentTypeStore.AddAsync(s, listScope, copy, ct);
            foreach (var column in await ContentTypeColumns.ListAsync(s, siteScope, source, ct))
            {
                await ContentTypeColumns.LinkAsync(s, listScope, copy, column, sourceSite, ct);
            }

            var listDoc = list.List.CloneDocument();
            listDoc["list"]!["contentTypesEnabled"] = true;
            await s.ReplaceAsync(EntityKinds.List, list.SiteId, list.ListId, listDoc, null, ct);
            return copy;
        }, ct);
        var result = new JsonObject { ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#{ContentTypesModule.Context(call)}/$entity" };
        foreach (var (key, value) in ContentTypeJson.ToGraph(copy))
        {
            result[key] = value?.DeepClone();
        }

        return GraphResult.Created(result);
    }
}
