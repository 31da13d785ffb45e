using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.SharePointRest.Web;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Views;

/// <summary>
/// _api/web/lists(…)/views: list views, which Graph v1.0 does not expose. Every list has its default view
/// (All Items / All Documents), seeded on first read; views/add takes SP.ViewCreationInformation parameters;
/// $expand=ViewFields inlines each view's fields.
/// </summary>
internal sealed class ViewsModule : IRestRouteModule
{
    public void Map(RestRouteTable routes)
    {
        foreach (var list in new[] { "web/lists(guid'{id}')", "web/lists/GetByTitle('{title}')" })
        {
            routes.Map("GET", list + "/views", ScopeRequirement.SitesRead, ListAsync);
            routes.Map("POST", list + "/views/add", ScopeRequirement.SitesManage, AddAsync);
            routes.Map("GET", list + "/views(guid'{viewId}')", ScopeRequirement.SitesRead, (r, ct) => GetAsync(r, false, ct));
            routes.Map("GET", list + "/views/GetByTitle('{viewTitle}')", ScopeRequirement.SitesRead, (r, ct) => GetAsync(r, false, ct));
            routes.Map("GET", list + "/views(guid'{viewId}')/ViewFields", ScopeRequirement.SitesRead, (r, ct) => GetAsync(r, true, ct));
            routes.Map("MERGE", list + "/views(guid'{viewId}')", ScopeRequirement.SitesManage, UpdateAsync);
            routes.Map("PATCH", list + "/views(guid'{viewId}')", ScopeRequirement.SitesManage, UpdateAsync);
            routes.Map("DELETE", list + "/views(guid'{viewId}')", ScopeRequirement.SitesManage, DeleteAsync);
            routes.Map("POST", list + "/views(guid'{viewId}')/ViewFields/AddViewField('{field}')", ScopeRequirement.SitesManage, AddFieldAsync);
            routes.Map("POST", list + "/views(guid'{viewId}')/ViewFields/RemoveAllViewFields", ScopeRequirement.SitesManage, ClearFieldsAsync);
        }
    }

    private static async Task<RestResult> ListAsync(RestRequest request, CancellationToken ct)
    {
        var (list, views) = await request.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListsModule.FindAsync(s, request, ct);
            return (list, await ViewStore.EnsureAsync(s, request.Site.Id, list, ct));
        }, ct);
        return RestResult.Ok(new RestCollection("SP.ApiData.Views", views.Select(v => ViewDocument.ToEntity(v, list.Id, ExpandsFields(request))).ToArray()));
    }

    private static async Task<RestResult> GetAsync(RestRequest request, bool fields, CancellationToken ct)
    {
        var (list, view) = await request.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListsModule.FindAsync(s, request, ct);
            return (list, await ViewStore.FindAsync(s, request, list, ct));
        }, ct);
        return RestResult.Ok(fields ? ViewDocument.FieldsEntity(view, list.Id) : ViewDocument.ToEntity(view, list.Id, ExpandsFields(request)));
    }

    // $expand=ViewFields: one request gives every view with its fields, instead of one more round trip per view.
    private static bool ExpandsFields(RestRequest request) => request.OData.ExpandOf("ViewFields") is not null;

    private static async Task<RestResult> AddAsync(RestRequest request, CancellationToken ct)
    {
        var parameters = request.JsonBody()["parameters"] as JsonObject ?? throw RestProblem.Argument("The body must hold 'parameters' (SP.ViewCreationInformation).");
        var title = parameters["Title"]?.GetValue<string>() is { Length: > 0 } t ? t : throw RestProblem.Argument("Title is required.");
        var (list, view) = await request.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListsModule.FindAsync(s, request, ct);
            var existing = await ViewStore.EnsureAsync(s, request.Site.Id, list, ct);
            if (existing.Any(v => string.Equals(v.Document["title"]?.GetValue<string>(), title, StringComparison.OrdinalIgnoreCase)))
            {
                throw RestProblem.Argument($"A view named '{title}' already exists in this list.");
            }

            var isDefault = parameters["SetAsDefaultView"]?.GetValue<bool>() ?? false;
            var doc = ViewDocument.Create(Guid.NewGuid().ToString(), title, parameters["Query"]?.GetValue<string>() ?? "",
                parameters["RowLimit"]?.GetValue<int>() ?? 30, isDefault, ViewStore.Fields(parameters["ViewFields"]), list.Document["serverRelativePath"]?.GetValue<string>() ?? "");
            return (list, await ViewStore.InsertAsync(s, request.Site.Id, list, doc, ct));
        }, ct);
        return RestResult.Ok(ViewDocument.ToEntity(view, list.Id));
    }

    private static async Task<RestResult> UpdateAsync(RestRequest request, CancellationToken ct)
    {
        var body = request.JsonBody();
        await request.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListsModule.FindAsync(s, request, ct);
            var view = await ViewStore.FindAsync(s, request, list, ct);
            var doc = view.CloneDocument();
            foreach (var (rest, stored) in new[] { ("Title", "title"), ("ViewQuery", "viewQuery"), ("RowLimit", "rowLimit"), ("DefaultView", "defaultView") })
            {
                if (RestRequest.Property(body, rest) is { } value)
                {
                    doc[stored] = value.DeepClone();
                }
            }

            await ViewStore.ReplaceAsync(s, request.Site.Id, list, view, doc, ct);
        }, ct);
        return RestResult.NoContent();
    }

    private static async Task<RestResult> DeleteAsync(RestRequest request, CancellationToken ct)
    {
        await request.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListsModule.FindAsync(s, request, ct);
            var view = await ViewStore.FindAsync(s, request, list, ct);
            await s.DeleteAsync(EntityKinds.ListView, view.Scope, view.Id, ct);
        }, ct);
        return RestResult.Deleted();
    }

    private static Task<RestResult> AddFieldAsync(RestRequest request, CancellationToken ct) =>
        ChangeFieldsAsync(request, fields => fields.Contains(request.Route("field"), StringComparer.OrdinalIgnoreCase) ? fields : [.. fields, request.Route("field")], ct);

    private static Task<RestResult> ClearFieldsAsync(RestRequest request, CancellationToken ct) => ChangeFieldsAsync(request, _ => [], ct);

    private static async Task<RestResult> ChangeFieldsAsync(RestRequest request, Func<string[], string[]> change, CancellationToken ct)
    {
        await request.Tenant.Database.WriteAsync(async s =>
        {
            var list = await ListsModule.FindAsync(s, request, ct);
            var view = await ViewStore.FindAsync(s, request, list, ct);
            var doc = view.CloneDocument();
            var fields = doc["viewFields"]?.AsArray().Select(f => f!.GetValue<string>()).ToArray() ?? [];
            doc["viewFields"] = new JsonArray(change(fields).Select(f => (JsonNode)f).ToArray());
            await ViewStore.ReplaceAsync(s, request.Site.Id, list, view, doc, ct);
        }, ct);
        return RestResult.NoContent();
    }
}
