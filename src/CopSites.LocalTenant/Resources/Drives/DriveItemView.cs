using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>
/// Answers a single drive item request: the item with $select, plus $expand=listItem (with its own $expand=fields,
/// the form the Office add-in uses) and $expand=children.
/// </summary>
internal static class DriveItemView
{
    /// <summary>Renders <paramref name="node"/> as the call asks.</summary>
    public static async Task<JsonObject> RenderAsync(TenantSession session, DriveTree tree, DriveNode node, GraphCall call, DriveItemJson files,
        string context, CancellationToken ct)
    {
        var select = call.OData.Select;
        var json = CollectionResponder.Select(files.Render(node, IsSelected(select, "sharepointIds")), select);
        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#{context}");
        if (call.OData.ExpandOf("listItem") is { } listItemExpand && node.Entity is not null)
        {
            json["listItem"] = await ListItemAsync(session, tree, node, files, NestedExpand(call, "listItem", "fields"),
                IsSelected(listItemExpand.Select, "sharepointIds"), ct);
        }

        if (call.OData.ExpandOf("children") is { } childrenExpand)
        {
            json["children"] = new JsonArray(tree.Children(node.Id)
                .Select(c => (JsonNode)CollectionResponder.Select(files.Render(new DriveNode(c.Id, c)), childrenExpand.Select)).ToArray());
        }

        return json;
    }

    /// <summary>The list item behind a file or folder; 404 when it has none.</summary>
    public static async Task<JsonObject> ListItemAsync(TenantSession session, DriveTree tree, DriveNode node, DriveItemJson files,
        ExpandOption? fields, bool withSharePointIds, CancellationToken ct)
    {
        var listItemId = node.Entity?.Document["listItemId"]?.GetValue<string>()
            ?? throw GraphProblem.NotFound("The root folder has no list item.");
        var listItem = await session.GetAsync(EntityKinds.ListItem, tree.Library.Scope, listItemId, ct)
            ?? throw GraphProblem.NotFound($"The list item '{listItemId}' of this file was not found.");
        return FileListItemJson.Render(listItem, node, files, tree.Library, fields, withSharePointIds);
    }

    /// <summary>
    /// The expand option nested in another ("listItem($expand=fields($select=Title))"), which the core parser does not
    /// descend into; also the plain $expand=fields of a /listItem request when <paramref name="outer"/> is null.
    /// </summary>
    public static ExpandOption? NestedExpand(GraphCall call, string? outer, string inner)
    {
        if (outer is null)
        {
            return call.OData.ExpandOf(inner);
        }

        var raw = call.Query.TryGetValue("$expand", out var value) ? value : call.Query.GetValueOrDefault("expand");
        foreach (var item in ODataQuery.SplitList(raw))
        {
            var open = item.IndexOf('(');
            var close = item.LastIndexOf(')');
            if (open < 0 || close < open || !item[..open].Trim().Equals(outer, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var nested = ODataQuery.SplitTopLevel(item[(open + 1)..close], ';')
                .Select(o => o.Trim())
                .FirstOrDefault(o => o.StartsWith("$expand=", StringComparison.OrdinalIgnoreCase));
            return nested is null ? null : ExpandOption.ParseList(nested["$expand=".Length..])
                .FirstOrDefault(e => e.Property.Equals(inner, StringComparison.OrdinalIgnoreCase));
        }

        return null;
    }

    private static bool IsSelected(IReadOnlyList<string> select, string property) => select.Contains(property, StringComparer.OrdinalIgnoreCase);
}
