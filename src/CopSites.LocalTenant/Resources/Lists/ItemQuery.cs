using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>
/// What list item queries need beyond the generic OData handling: SharePoint refuses $filter and $orderby on
/// fields that are not indexed unless the caller accepts the risk with a Prefer header, and fields are only
/// returned when expanded (trimmed to the expand's $select).
/// </summary>
public static class ItemQuery
{
    /// <summary>The Prefer value that allows queries on non-indexed fields.</summary>
    public const string HonorNonIndexed = "HonorNonIndexedQueriesWarningMayFailRandomly";

    /// <summary>400 when $filter or $orderby names a fields/X that is not indexed and the caller did not send the Prefer header.</summary>
    public static void CheckIndexed(GraphCall call, IReadOnlyList<JsonObject> columns)
    {
        if (call.Headers.TryGetValue("Prefer", out var prefer) && prefer.Contains(HonorNonIndexed, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var paths = Paths(call.OData.Filter).Concat(call.OData.OrderBy.Select(o => o.Path));
        foreach (var path in paths.Where(p => p.StartsWith("fields/", StringComparison.OrdinalIgnoreCase)))
        {
            var field = path["fields/".Length..];
            var name = field.EndsWith("LookupId", StringComparison.Ordinal) ? field[..^"LookupId".Length] : field;
            var column = columns.FirstOrDefault(c => c["name"]!.GetValue<string>().Equals(name, StringComparison.OrdinalIgnoreCase));
            if (!field.Equals("id", StringComparison.OrdinalIgnoreCase) && column?["indexed"]?.GetValue<bool>() != true)
            {
                throw GraphProblem.BadRequest($"Field '{field}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: {HonorNonIndexed}' "
                    + "header to allow this, but be warned that such queries may fail on large lists.");
            }
        }
    }

    /// <summary>Keeps, trims or drops an item's fields according to $expand=fields($select=...).</summary>
    public static JsonObject ShapeFields(JsonObject item, JsonObject? fields, ODataQuery query)
    {
        item.Remove("fields");
        if (query.ExpandOf("fields") is { } expand && fields is not null)
        {
            item["fields"] = CollectionResponder.Select((JsonObject)fields.DeepClone(), expand.Select);
        }

        return item;
    }

    private static IEnumerable<string> Paths(FilterExpression? filter) => filter switch
    {
        LogicalFilter l => Paths(l.Left).Concat(Paths(l.Right)),
        NotFilter n => Paths(n.Inner),
        ComparisonFilter c => [c.Path],
        FunctionFilter f => [f.Path],
        _ => [],
    };
}
