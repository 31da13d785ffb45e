using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.ContentTypes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>$expand on lists: columns, contentTypes, items (without fields) and, for libraries, drive.</summary>
public static class ListExpansion
{
    /// <summary>Adds the expanded navigation properties the query asks for to <paramref name="json"/>.</summary>
    public static async Task ApplyAsync(TenantSession session, ResolvedList list, JsonObject json, ODataQuery query, TenantContext tenant, CancellationToken ct)
    {
        foreach (var expand in query.Expand)
        {
            IEnumerable<JsonObject>? values = expand.Property.ToLowerInvariant() switch
            {
                "columns" => await ColumnStore.ListAsync(session, list.Columns, ct),
                "contenttypes" => (await ContentTypeStore.ListAsync(session, ContentTypeScope.ForList(list), ct)).Select(ContentTypeJson.ToGraph),
                "items" => (await session.ListAsync(EntityKinds.ListItem, list.ChildScope, ct))
                    .Select(i => ItemQuery.ShapeFields(ListItemJson.ToGraph(i, list, tenant), null, query)),
                "drive" => null,
                _ => throw GraphProblem.BadRequest($"Parsing OData Select and Expand failed: Could not find a property named '{expand.Property}' on type 'microsoft.graph.list'."),
            };
            if (values is not null)
            {
                json[expand.Property] = new JsonArray(values.Select(v => (JsonNode)CollectionResponder.Select(v, expand.Select)).ToArray());
            }
            else if (list.IsLibrary)
            {
                json["drive"] = Drive(list, tenant);
            }
        }
    }

    private static JsonObject Drive(ResolvedList list, TenantContext tenant) => new()
    {
        ["id"] = list.List.Document["driveId"]?.GetValue<string>(),
        ["driveType"] = "documentLibrary",
        ["name"] = list.List.Document["displayName"]?.GetValue<string>(),
        ["webUrl"] = ListJson.WebUrl(tenant, list.ServerRelativePath),
        ["createdDateTime"] = list.List.Created.UtcDateTime,
        ["lastModifiedDateTime"] = list.List.Modified.UtcDateTime,
    };
}
