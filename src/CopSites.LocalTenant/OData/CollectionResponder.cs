using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.OData;

/// <summary>
/// Turns a full collection into one Graph page: $filter, $orderby, $count, $skip/$skiptoken, $top with the
/// server page size, $select, and an absolute @odata.nextLink that repeats the query with the next skip token.
/// </summary>
public static class CollectionResponder
{
    /// <summary>Builds the page for <paramref name="call"/> from <paramref name="items"/>.</summary>
    /// <param name="call">The call, for its query and base URL.</param>
    /// <param name="items">Every item of the collection, in default order.</param>
    /// <param name="context">The @odata.context fragment after "$metadata#", e.g. "sites('x')/lists".</param>
    public static JsonObject Page(GraphCall call, IEnumerable<JsonObject> items, string context) =>
        Page(call, items, context, call.Tenant.Options.PageSize, call.Tenant.Options.PageSize);

    /// <summary>
    /// Builds the page for a collection whose real service has its own page sizes (channel messages: 20 by default,
    /// at most 50 with $top). The tenant's configured page size still caps both, so tests can force paging.
    /// </summary>
    /// <param name="call">The call, for its query and base URL.</param>
    /// <param name="items">Every item of the collection, in default order.</param>
    /// <param name="context">The @odata.context fragment after "$metadata#".</param>
    /// <param name="defaultPageSize">The page size without $top.</param>
    /// <param name="maxPageSize">The largest page $top may ask for.</param>
    public static JsonObject Page(GraphCall call, IEnumerable<JsonObject> items, string context, int defaultPageSize, int maxPageSize)
    {
        var query = call.OData;
        IEnumerable<JsonObject> filtered = items;
        if (query.Filter is { } filter)
        {
            filtered = filtered.Where(filter.Matches);
        }

        filtered = Order(filtered, query.OrderBy);
        var all = filtered.ToList();
        var offset = query.Skip + (int.TryParse(query.SkipToken, NumberStyles.None, CultureInfo.InvariantCulture, out var token) ? token : 0);
        var cap = Math.Min(maxPageSize, call.Tenant.Options.PageSize);
        var pageSize = Math.Min(query.Top ?? Math.Min(defaultPageSize, cap), cap);
        var page = all.Skip(offset).Take(pageSize).Select(item => Select(item, query.Select)).ToList();

        var result = new JsonObject { ["@odata.context"] = $"{call.Tenant.GraphBase}/$metadata#{context}" };
        if (query.Count)
        {
            result["@odata.count"] = all.Count;
        }

        result["value"] = new JsonArray(page.Select(p => (JsonNode)p).ToArray());
        var next = offset + page.Count;
        // As in Graph, $top sets the page size and the rest stays reachable through the next link.
        if (next < all.Count)
        {
            result["@odata.nextLink"] = NextLink(call, next);
        }

        return result;
    }

    /// <summary>Keeps only the selected properties (plus id and OData annotations).</summary>
    public static JsonObject Select(JsonObject item, IReadOnlyList<string> select)
    {
        if (select.Count == 0)
        {
            return item;
        }

        var result = new JsonObject();
        foreach (var (key, value) in item)
        {
            if (key == "id" || key.StartsWith("@odata", StringComparison.Ordinal) || select.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }

    private static IEnumerable<JsonObject> Order(IEnumerable<JsonObject> items, IReadOnlyList<OrderByOption> orderBy)
    {
        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var option in orderBy)
        {
            int Compare(JsonObject a, JsonObject b) =>
                FilterValue.Compare(FilterExpression.Resolve(a, option.Path), new FilterValue(FilterValue.AsText(FilterExpression.Resolve(b, option.Path)), FilterExpression.Resolve(b, option.Path) is null)) switch
                {
                    int.MaxValue => -1,
                    var c => c,
                };
            var comparer = Comparer<JsonObject>.Create(Compare);
            ordered = ordered is null
                ? option.Descending ? items.OrderByDescending(x => x, comparer) : items.OrderBy(x => x, comparer)
                : option.Descending ? ordered.ThenByDescending(x => x, comparer) : ordered.ThenBy(x => x, comparer);
        }

        return ordered ?? items;
    }

    private static string NextLink(GraphCall call, int next)
    {
        var parameters = call.Query
            .Where(kv => !kv.Key.Equals("$skiptoken", StringComparison.OrdinalIgnoreCase) && !kv.Key.Equals("$skip", StringComparison.OrdinalIgnoreCase))
            .Select(kv => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(kv.Value)}")
            .Append($"$skiptoken={next}");
        var path = string.Join('/', call.Path.Segments.Select(Uri.EscapeDataString));
        return $"{call.Tenant.GraphBase}/{path}?{string.Join('&', parameters)}";
    }
}
