using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
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
        var fields = change.Body["ViewFields"] as JsonArray;
        string id;
        if (change.Kind == ChangeKind.Create)
        {
            var parameters = new JsonObject
            {
                ["Title"] = change.Body["Title"]?.DeepClone() ?? change.Key.Leaf,
                ["Query"] = change.Body["ViewQuery"]?.DeepClone(),
                ["RowLimit"] = change.Body["RowLimit"]?.DeepClone(),
                ["SetAsDefaultView"] = change.Body["DefaultView"]?.DeepClone(),
                ["ViewFields"] = fields?.DeepClone(),
            };
            var created = await rest.PostAsync(site, $"{list}/views/add", new JsonObject { ["parameters"] = parameters }, operation, ct);
            id = Json.Text(created, "Id")!;
        }
        else
        {
            id = change.ExistingId!;
            var update = (JsonObject)change.Body.DeepClone();
            update.Remove("ViewFields");
            if (update.Count > 0)
            {
                await rest.MergeAsync(site, $"{list}/views(guid'{id}')", update, operation, ct);
            }

            if (fields is not null)
            {
                await rest.PostAsync(site, $"{list}/views(guid'{id}')/ViewFields/RemoveAllViewFields", null, operation, ct);
                foreach (var field in fields)
                {
                    await rest.PostAsync(site, $"{list}/views(guid'{id}')/ViewFields/AddViewField('{field}')", null, operation, ct);
                }
            }
        }

        return ResultOf.Applied(change, context, id)(null);
    }
}
