using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>
/// The columns a content type links to. A link is {id, name} and, when the column is a site column of another site
/// (a parent site's column used in a subsite), sourceSiteId. A list content type links to list columns: linking a site
/// column to it adds that column to the list first, as SharePoint does.
/// </summary>
public static class ContentTypeColumns
{
    /// <summary>The columns linked from <paramref name="contentType"/>, in link order (links to vanished columns are skipped).</summary>
    public static async Task<IReadOnlyList<JsonObject>> ListAsync(TenantSession session, ContentTypeScope scope, JsonObject contentType, CancellationToken ct)
    {
        var own = await ColumnStore.ListAsync(session, scope.Columns, ct);
        var result = new List<JsonObject>();
        foreach (var link in ContentTypeJson.Links(contentType))
        {
            var id = link["id"]!.GetValue<string>();
            var columns = link["sourceSiteId"]?.GetValue<string>() is { } siteId
                ? await ColumnStore.ListAsync(session, ColumnScope.ForSite(siteId), ct)
                : own;
            if (columns.FirstOrDefault(c => c["id"]!.GetValue<string>().Equals(id, StringComparison.OrdinalIgnoreCase)) is { } column)
            {
                result.Add(WithLinkSettings(column, link));
            }
        }

        return result;
    }

    /// <summary>Finds the column a sourceColumn@odata.bind URL names: a site column, or a list column of the same site.</summary>
    public static async Task<(JsonObject Column, string SiteId)> ResolveBindAsync(TenantSession session, string? url, CancellationToken ct)
    {
        var reference = GraphReference.Parse(url, "sourceColumn@odata.bind");
        var siteKey = reference.KeyAfter("sites") ?? throw GraphProblem.BadRequest("sourceColumn@odata.bind must name a site.");
        var columnId = reference.KeyAfter("columns") ?? throw GraphProblem.BadRequest("sourceColumn@odata.bind must name a column.");
        var site = await SiteResolver.ResolveAsync(session, siteKey, ct);
        var scope = ColumnScope.ForSite(site.Id);
        if (reference.KeyAfter("lists") is { } listKey)
        {
            scope = (await Lists.ListResolver.ResolveAsync(session, site.Id, listKey, ct)).Columns;
        }

        var column = await ColumnStore.FindAsync(session, scope, columnId, ct)
            ?? throw GraphProblem.NotFound($"The column '{columnId}' named by sourceColumn@odata.bind was not found.");
        return (column, site.Id);
    }

    /// <summary>
    /// Links <paramref name="column"/> (from site <paramref name="sourceSiteId"/>) to the content type and stores it;
    /// returns the column as the content type now sees it. 409 when it is linked already.
    /// </summary>
    public static async Task<JsonObject> LinkAsync(TenantSession session, ContentTypeScope scope, JsonObject contentType,
        JsonObject column, string sourceSiteId, CancellationToken ct, JsonObject? settings = null)
    {
        var own = await ColumnStore.ListAsync(session, scope.Columns, ct);
        var name = column["name"]!.GetValue<string>();
        var linked = own.FirstOrDefault(c => c["id"]!.GetValue<string>().Equals(column["id"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase))
            ?? own.FirstOrDefault(c => c["name"]!.GetValue<string>().Equals(name, StringComparison.OrdinalIgnoreCase));
        string? foreignSite = null;
        if (linked is null && scope.List is not null)
        {
            linked = (JsonObject)column.DeepClone();
            await ColumnStore.AddAsync(session, scope.Columns, linked, ct);
        }
        else if (linked is null)
        {
            linked = column;
            foreignSite = sourceSiteId;
        }

        var links = (JsonArray)(contentType["columnLinks"] ??= new JsonArray());
        var linkedId = linked["id"]!.GetValue<string>();
        if (links.OfType<JsonObject>().Any(l => l["id"]!.GetValue<string>().Equals(linkedId, StringComparison.OrdinalIgnoreCase)
            || l["name"]!.GetValue<string>().Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphProblem.NameAlreadyExists($"The column '{name}' is already part of the content type '{contentType["name"]}'.");
        }

        var link = new JsonObject { ["id"] = linkedId, ["name"] = linked["name"]!.GetValue<string>() };
        if (foreignSite is not null)
        {
            link["sourceSiteId"] = foreignSite;
        }

        Apply(link, settings);
        links.Add(link);
        await ContentTypeStore.SaveAsync(session, scope, contentType, ct);
        return WithLinkSettings(linked, link);
    }

    /// <summary>
    /// Changes a link's own <c>required</c> and <c>hidden</c> (SharePoint's FieldLink settings, which a content type may
    /// set differently from the column); returns the column as the content type now sees it. Anything else is 400.
    /// </summary>
    public static async Task<JsonObject> UpdateLinkAsync(TenantSession session, ContentTypeScope scope, JsonObject contentType, string columnId,
        JsonObject settings, CancellationToken ct)
    {
        if (settings.Select(p => p.Key).FirstOrDefault(k => k is not ("required" or "hidden") && !k.StartsWith('@')) is { } other)
        {
            throw GraphProblem.BadRequest($"Only required and hidden can be changed on a content type's column, not '{other}'; change the column itself.");
        }

        var link = (contentType["columnLinks"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(l => l["id"]!.GetValue<string>().Equals(columnId, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphProblem.NotFound($"The content type has no column '{columnId}'.");
        Apply(link, settings);
        await ContentTypeStore.SaveAsync(session, scope, contentType, ct);
        return (await ListAsync(session, scope, contentType, ct)).First(c => c["id"]!.GetValue<string>().Equals(columnId, StringComparison.OrdinalIgnoreCase));
    }

    private static void Apply(JsonObject link, JsonObject? settings)
    {
        foreach (var name in new[] { "required", "hidden" })
        {
            if (settings?[name] is JsonValue value && value.TryGetValue<bool>(out var flag))
            {
                link[name] = flag;
            }
        }
    }

    private static JsonObject WithLinkSettings(JsonObject column, JsonObject link)
    {
        if (link["required"] is null && link["hidden"] is null)
        {
            return column;
        }

        var seen = (JsonObject)column.DeepClone();
        foreach (var name in new[] { "required", "hidden" })
        {
            if (link[name] is { } value)
            {
                seen[name] = value.DeepClone();
            }
        }

        return seen;
    }

    /// <summary>Removes the link to a column; 404 when the content type has none.</summary>
    public static async Task UnlinkAsync(TenantSession session, ContentTypeScope scope, JsonObject contentType, string columnId, CancellationToken ct)
    {
        var links = contentType["columnLinks"] as JsonArray ?? [];
        var link = links.OfType<JsonObject>().FirstOrDefault(l => l["id"]!.GetValue<string>().Equals(columnId, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphProblem.NotFound($"The content type has no column '{columnId}'.");
        links.Remove(link);
        await ContentTypeStore.SaveAsync(session, scope, contentType, ct);
    }
}
