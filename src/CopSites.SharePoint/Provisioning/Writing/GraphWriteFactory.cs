using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>
/// The Graph request for each kind of change (docs/provisioning-resources.md). Kinds Graph v1.0 cannot write
/// (web settings, navigation, views) return null and go through SharePoint REST.
/// </summary>
internal static class GraphWriteFactory
{
    public static GraphWrite? Create(ResourceChange change, WriteContext context)
    {
        var r = context.Requests;
        var s = context.Site.GraphPath;
        var create = change.Kind == ChangeKind.Create;
        var id = change.ExistingId;
        var body = change.Body;
        return change.Key.Kind switch
        {
            ResourceKind.Group => new(create ? r.Post("groups", body) : r.Patch($"groups/{id}", body), ResultOf.Resource(change, context)),
            ResourceKind.GroupOwner or ResourceKind.GroupMember => Membership(change, context),
            ResourceKind.TermGroup => new(create ? r.Post($"{s}/termStore/groups", body) : r.Patch($"{s}/termStore/groups/{id}", body), ResultOf.Resource(change, context)),
            ResourceKind.TermSet => new(create
                ? r.Post($"{s}/termStore/groups/{context.ParentId(change, new ResourceKey(ResourceKind.TermGroup, change.Key.Root))}/sets", body)
                : r.Patch($"{s}/termStore/sets/{id}", body), ResultOf.Resource(change, context)),
            ResourceKind.Term => Term(change, context),
            ResourceKind.SiteColumn => new(create ? r.Post($"{s}/columns", body) : r.Patch($"{s}/columns/{id}", body), ResultOf.Resource(change, context)),
            ResourceKind.ContentType => new(create ? r.Post($"{s}/contentTypes", body) : r.Patch($"{s}/contentTypes/{Seg(id)}", body), ResultOf.Resource(change, context)),
            ResourceKind.ContentTypeColumn => ContentTypeColumn(change, context),
            ResourceKind.List => create ? NewList(change, context) : new(r.Patch($"{s}/lists/{id}", body), ResultOf.Resource(change, context)),
            ResourceKind.ListColumn => ListColumn(change, context),
            ResourceKind.ListContentType => ListContentType(change, context),
            ResourceKind.ListItem => ListItem(change, context),
            ResourceKind.File => FileUpload.Create(change, context),
            ResourceKind.Page => PageWrites.Create(change, context),
            _ => null,
        };
    }

    private static string Seg(string? id) => GraphRequests.Segment(id ?? "");

    private static string Bind(WriteContext context, string relative) => $"{context.Requests.BaseUrl}/{relative}";

    private static GraphWrite Membership(ResourceChange change, WriteContext context)
    {
        var relation = change.Key.Kind == ResourceKind.GroupOwner ? "owners" : "members";
        var reference = new JsonObject { ["@odata.id"] = $"https://graph.microsoft.com/v1.0/users/{change.Key.Path}" };
        return new(context.Requests.Post($"groups/{context.GroupId}/{relation}/$ref", reference), ResultOf.Applied(change, context, change.Key.Path));
    }

    private static GraphWrite Term(ResourceChange change, WriteContext context)
    {
        var segments = change.Key.Path.Split('/');
        var setKey = new ResourceKey(ResourceKind.TermSet, segments[0] + "/" + segments[1]);
        var sets = $"{context.Site.GraphPath}/termStore/sets/{context.IdOf(setKey)}";
        if (change.Kind != ChangeKind.Create)
        {
            return new(context.Requests.Patch($"{sets}/terms/{change.ExistingId}", change.Body), ResultOf.Resource(change, context));
        }

        var parentIsSet = segments.Length == 3;
        var parent = parentIsSet ? context.IdOf(setKey) : context.ParentId(change, new ResourceKey(ResourceKind.Term, string.Join('/', segments[..^1])));
        return new(context.Requests.Post(parentIsSet ? $"{sets}/children" : $"{sets}/terms/{parent}/children", change.Body), ResultOf.Resource(change, context));
    }

    private static GraphWrite ContentTypeColumn(ResourceChange change, WriteContext context)
    {
        var contentType = Seg(context.ParentId(change, new ResourceKey(ResourceKind.ContentType, change.Key.Root)));
        var path = $"{context.Site.GraphPath}/contentTypes/{contentType}/columns";
        if (change.Kind != ChangeKind.Create)
        {
            return new(context.Requests.Patch($"{path}/{change.ExistingId}", change.Body), ResultOf.Resource(change, context));
        }

        return new(context.Requests.Post(path, WithSourceBind(change.Body, context)), ResultOf.Resource(change, context));
    }

    // Graph derives a list's URL from the display name it is created with, so a list whose template URL differs from
    // its title is created under the URL's name and then renamed. A new list also comes with built-in columns and
    // content types; they are read in the same level so no later level mistakes them for missing. A new library's
    // drive is read too: files uploaded by this same run need its id.
    private static GraphWrite NewList(ResourceChange change, WriteContext context)
    {
        var lists = $"{context.Site.GraphPath}/lists";
        var body = (JsonObject)change.Body.DeepClone();
        var title = Json.Text(body, "displayName") ?? change.Key.Path;
        var urlName = Json.Text(body, "name");
        body.Remove("name");
        var rename = urlName is { Length: > 0 } && !string.Equals(urlName, title, StringComparison.Ordinal);
        if (rename)
        {
            body["displayName"] = urlName;
        }

        var library = Json.Text(change.Body["list"], "template") is "documentLibrary" or "webPageLibrary" or "pictureLibrary";
        var readBack = new FollowUp(list => context.Requests.Get($"{lists}/{list.Id}?$expand=columns,contentTypes{(library ? ",drive" : "")}"))
        {
            Related = answer => answer is JsonObject list
                ? Reading.ListResources.ListWithChildren(list)
                    .Where(r => r.Key.Kind != ResourceKind.List || library)
                    .Select(r => r.Key.Kind == ResourceKind.List ? Reading.ListResources.WithDrive(r, list["drive"]) : r)
                : [],
        };
        var renameTo = new FollowUp(list => context.Requests.Patch($"{lists}/{list.Id}", new JsonObject { ["displayName"] = title }));
        return new(context.Requests.Post(lists, body), answer =>
        {
            var result = ResultOf.Resource(change, context)(answer);
            result.Properties["displayName"] = title;
            return result;
        })
        {
            Then = rename ? [renameTo, readBack] : [readBack],
        };
    }

    private static GraphWrite ListColumn(ResourceChange change, WriteContext context)
    {
        var list = context.ParentId(change, new ResourceKey(ResourceKind.List, change.Key.Root));
        var path = $"{context.Site.GraphPath}/lists/{list}/columns";
        return change.Kind == ChangeKind.Create
            ? new(context.Requests.Post(path, SiteColumnCopy(change.Body, context)), ResultOf.Resource(change, context))
            : new(context.Requests.Patch($"{path}/{change.ExistingId}", change.Body), ResultOf.Resource(change, context));
    }

    // Graph v1.0 cannot link a site column to a list, so a list's reference to one becomes a list column with the
    // site column's definition (name, type facet, settings), overridden by what the list states.
    private static JsonObject SiteColumnCopy(JsonObject body, WriteContext context)
    {
        if (Json.Text(body, "sourceColumn") is not { } source)
        {
            return body;
        }

        var site = context.State.Find(new ResourceKey(ResourceKind.SiteColumn, source))
            ?? throw new ChangeRejectedException(new TenantFailure(424, "failedDependency", $"Site column '{source}' does not exist.", null));
        var copy = (JsonObject)site.Properties.DeepClone();
        foreach (var serverOwned in new[] { "id", "@odata.etag", "@odata.context", "isSealed", "isReorderable", "isDeletable", "propagateChanges", "sourceContentType" })
        {
            copy.Remove(serverOwned);
        }

        foreach (var (name, value) in body.Where(p => p.Key != "sourceColumn"))
        {
            copy[name] = value?.DeepClone();
        }

        return copy;
    }

    private static GraphWrite ListContentType(ResourceChange change, WriteContext context)
    {
        var list = context.ParentId(change, new ResourceKey(ResourceKind.List, change.Key.Root));
        var name = Json.Text(change.Body, "contentType") ?? change.Key.Leaf;
        var contentType = context.IdOf(new ResourceKey(ResourceKind.ContentType, name));
        var body = new JsonObject { ["contentType"] = Bind(context, $"{context.Site.GraphPath}/contentTypes/{Seg(contentType)}") };
        return new(context.Requests.Post($"{context.Site.GraphPath}/lists/{list}/contentTypes/addCopy", body), ResultOf.Resource(change, context));
    }

    private static GraphWrite ListItem(ResourceChange change, WriteContext context)
    {
        var list = context.ParentId(change, new ResourceKey(ResourceKind.List, change.Key.Root));
        var items = $"{context.Site.GraphPath}/lists/{list}/items";
        if (change.Kind == ChangeKind.Create)
        {
            return new(context.Requests.Post(items, change.Body), ResultOf.Resource(change, context));
        }

        var fields = Json.Object(change.Body["fields"]);
        return new(context.Requests.Patch($"{items}/{change.ExistingId}/fields", fields), body =>
        {
            var result = ResultOf.Applied(change, context)(null);
            if (body is JsonObject returned)
            {
                result.Properties["fields"] = returned.DeepClone();
            }

            return result;
        });
    }

    // The engine names the site column; Graph wants an @odata.bind to it.
    private static JsonObject WithSourceBind(JsonObject body, WriteContext context)
    {
        if (Json.Text(body, "sourceColumn") is not { } source)
        {
            return body;
        }

        var copy = (JsonObject)body.DeepClone();
        copy.Remove("sourceColumn");
        copy["sourceColumn@odata.bind"] = Bind(context, $"{context.Site.GraphPath}/columns/{context.IdOf(new ResourceKey(ResourceKind.SiteColumn, source))}");
        return copy;
    }
}
