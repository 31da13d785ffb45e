using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>Creates and changes lists as POST/PATCH /sites/{id}/lists describe them.</summary>
public static class ListFactory
{
    /// <summary>Creates the list of a create body (with its inline columns) in one unit of work.</summary>
    public static async Task<ResolvedList> CreateAsync(TenantSession session, GraphCall call, JsonObject body, CancellationToken ct)
    {
        var displayName = body["displayName"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw GraphProblem.BadRequest(body["name"] is null
                ? "A list needs a displayName."
                : "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'.");
        }

        var info = body["list"] as JsonObject ?? new JsonObject();
        var template = ListTemplates.Validate(info["template"]?.GetValue<string>());
        var columns = (body["columns"] as JsonArray ?? []).Select(c => ColumnFactory.Create(c as JsonObject
            ?? throw GraphProblem.BadRequest("Each entry of columns must be a column definition."), "Custom Columns")).ToList();

        var site = await SiteResolver.ResolveAsync(session, call.Route("site-id"), ct);
        var lists = await session.ListAsync(EntityKinds.List, site.Id, ct);
        EnsureTitleFree(lists, displayName, null);
        var urlName = ListTemplates.UrlName(displayName);
        var names = lists.Select(l => l.Document["name"]?.GetValue<string>() ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unique = urlName;
        for (var n = 1; names.Contains(unique); n++)
        {
            unique = urlName + n;
        }

        var listId = Guid.NewGuid().ToString();
        var doc = SiteFactory.ListDocument(site.Id, site.Document["serverRelativePath"]!.GetValue<string>(), listId, unique, displayName,
            template, body["description"]?.GetValue<string>() ?? "");
        doc["list"]!["hidden"] = info["hidden"]?.GetValue<bool>() ?? false;
        doc["list"]!["contentTypesEnabled"] = info["contentTypesEnabled"]?.GetValue<bool>() ?? false;
        doc["createdBy"] = CallerIdentity.Of(call);
        var created = new ResolvedList(site, await session.InsertAsync(EntityKinds.List, site.Id, listId, doc, ct));
        foreach (var column in columns)
        {
            await LookupTargets.CheckAsync(session, created.Columns, column, ct);
            await ColumnStore.AddAsync(session, created.Columns, column, ct);
        }

        return created;
    }

    /// <summary>Applies displayName, description and the list facet's flags; the template cannot change.</summary>
    public static async Task<StoredEntity> UpdateAsync(TenantSession session, ResolvedList list, JsonObject body, CancellationToken ct)
    {
        var doc = list.List.CloneDocument();
        if (body["displayName"]?.GetValue<string>() is { } displayName)
        {
            EnsureTitleFree(await session.ListAsync(EntityKinds.List, list.SiteId, ct), displayName, list.ListId);
            doc["displayName"] = displayName;
        }

        if (body.TryGetPropertyValue("description", out var description))
        {
            doc["description"] = description?.GetValue<string>() ?? "";
        }

        if (body["list"] is JsonObject info)
        {
            if (info["template"]?.GetValue<string>() is { } template && template != list.Template)
            {
                throw GraphProblem.BadRequest("A list's template cannot be changed.");
            }

            foreach (var flag in new[] { "hidden", "contentTypesEnabled" })
            {
                if (info[flag] is JsonValue value)
                {
                    doc["list"]![flag] = value.GetValue<bool>();
                }
            }
        }

        return await session.ReplaceAsync(EntityKinds.List, list.SiteId, list.ListId, doc, null, ct);
    }

    private static void EnsureTitleFree(IReadOnlyList<StoredEntity> lists, string displayName, string? exceptId)
    {
        if (lists.Any(l => l.Id != exceptId && (l.Document["displayName"]?.GetValue<string>() ?? "").Equals(displayName, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.NameAlreadyExists("A list, survey, discussion board, or document library with the specified title already exists in this Web site. Please choose another title.");
        }
    }
}
