using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Resilience;
using CopSites.SharePoint.Rest;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>The writes Graph v1.0 cannot make, through SharePoint REST: web settings, navigation nodes, list views.</summary>
internal sealed class RestWrites(SharePointRestClient rest)
{
    public async Task<ActualResource> ApplyAsync(ResourceChange change, WriteContext context, CancellationToken ct)
    {
        var site = context.Site.ServerRelativePath;
        var operation = $"{change.Kind.ToString().ToLowerInvariant()} {change.Key}";
        switch (change.Key.Kind)
        {
            case ResourceKind.WebSettings:
                await rest.MergeAsync(site, "web", change.Body, operation, ct);
                return ResultOf.Applied(change, context, "web")(null);
            case ResourceKind.NavigationNode:
                return await NavigationAsync(change, context, operation, ct);
            case ResourceKind.ListView:
                return await ViewAsync(change, context, operation, ct);
            default:
                throw new ChangeRejectedException(new TenantFailure(400, "invalidRequest", $"{change.Key.Kind} has no REST write.", null));
        }
    }

    private async Task<ActualResource> NavigationAsync(ResourceChange change, WriteContext context, string operation, CancellationToken ct)
    {
        var site = context.Site.ServerRelativePath;
        if (change.Kind != ChangeKind.Create)
        {
            await rest.MergeAsync(site, $"web/navigation/GetNodeById({change.ExistingId})", change.Body, operation, ct);
            return ResultOf.Applied(change, context)(null);
        }

        var segments = change.Key.Path.Split('/');
        var collection = segments.Length == 2
            ? $"web/navigation/{segments[0]}"
            : $"web/navigation/GetNodeById({context.ParentId(change, new ResourceKey(ResourceKind.NavigationNode, string.Join('/', segments[..^1])))})/Children";
        var created = await rest.PostAsync(site, collection, change.Body, operation, ct);
        return ResultOf.Applied(change, context, Json.Text(created, "Id"))(null);
    }

    private async Task<ActualResource> ViewAsync(ResourceChange change, WriteContext context, string operation, CancellationToken ct)
    {
        var site = context.Site.ServerRelativePath;
        var list = $"web/lists(guid'{context.ParentId(change, new ResourceKey(ResourceKind.List, change.Key.Root))}')";
        if (change.Kind != ChangeKind.Create)
        {
            await UpdateViewAsync(site, list, change.ExistingId!, change.Body, operation, ct);
            return ResultOf.Applied(change, context, change.ExistingId)(null);
        }

        var parameters = new JsonObject
        {
            ["Title"] = change.Body["Title"]?.DeepClone() ?? change.Key.Leaf,
            ["Query"] = change.Body["ViewQuery"]?.DeepClone(),
            ["RowLimit"] = change.Body["RowLimit"]?.DeepClone(),
            ["SetAsDefaultView"] = change.Body["DefaultView"]?.DeepClone(),
            ["ViewFields"] = change.Body["ViewFields"]?.DeepClone(),
        };
        string id;
        try
        {
            var created = await rest.PostAsync(site, $"{list}/views/add", new JsonObject { ["parameters"] = parameters }, operation, ct);
            id = Json.Text(created, "Id")!;
        }
        catch (TenantRequestException e) when (e.Error.Status == 400)
        {
            // A list made earlier in this run already has its default view ("All Items"), which the state cannot know:
            // Graph, which created the list, has no views. Creating a view SharePoint already made means updating it.
            var existing = await FindViewAsync(site, list, Json.Text(parameters, "Title")!, operation, ct);
            if (existing is null)
            {
                throw;
            }

            id = existing;
            await UpdateViewAsync(site, list, id, change.Body, operation, ct);
        }

        return ResultOf.Applied(change, context, id)(null);
    }

    private async Task UpdateViewAsync(string site, string list, string id, JsonObject body, string operation, CancellationToken ct)
    {
        var update = (JsonObject)body.DeepClone();
        update.Remove("ViewFields");
        if (update.Count > 0)
        {
            await rest.MergeAsync(site, $"{list}/views(guid'{id}')", update, operation, ct);
        }

        if (body["ViewFields"] is JsonArray fields)
        {
            await rest.PostAsync(site, $"{list}/views(guid'{id}')/ViewFields/RemoveAllViewFields", null, operation, ct);
            foreach (var field in fields)
            {
                await rest.PostAsync(site, $"{list}/views(guid'{id}')/ViewFields/AddViewField('{field}')", null, operation, ct);
            }
        }
    }

    private async Task<string?> FindViewAsync(string site, string list, string title, string operation, CancellationToken ct)
    {
        var views = await rest.GetAsync(site, $"{list}/views", operation + " (find existing view)", ct);
        return Json.Values(views).Where(v => string.Equals(Json.Text(v, "Title"), title, StringComparison.OrdinalIgnoreCase))
            .Select(v => Json.Text(v, "Id")).FirstOrDefault();
    }
}
