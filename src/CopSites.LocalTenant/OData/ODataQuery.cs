using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.OData;

/// <summary>The OData system query options of a call, parsed.</summary>
public sealed record ODataQuery(
    IReadOnlyList<string> Select,
    IReadOnlyList<ExpandOption> Expand,
    FilterExpression? Filter,
    IReadOnlyList<OrderByOption> OrderBy,
    int? Top,
    int Skip,
    string? SkipToken,
    bool Count,
    string? Search)
{
    /// <summary>Parses $select, $expand, $filter, $orderby, $top, $skip, $skiptoken, $count and search (with or without $).</summary>
    public static ODataQuery Parse(IReadOnlyDictionary<string, string> query)
    {
        string? Get(string name) => query.TryGetValue(name, out var v) ? v : query.TryGetValue(name.TrimStart('$'), out var w) ? w : null;

        var top = Get("$top") is { } t ? ParseNonNegative("$top", t) : (int?)null;
        var skip = Get("$skip") is { } s ? ParseNonNegative("$skip", s) : 0;
        var count = Get("$count") is { } c && c.Equals("true", StringComparison.OrdinalIgnoreCase);
        return new ODataQuery(
            SplitList(Get("$select")),
            ExpandOption.ParseList(Get("$expand")),
            Get("$filter") is { Length: > 0 } f ? FilterParser.Parse(f) : null,
            OrderByOption.ParseList(Get("$orderby")),
            top,
            skip,
            Get("$skiptoken"),
            count,
            Get("$search")?.Trim('"') ?? Get("search")?.Trim('"'));
    }

    /// <summary>The expand option for a navigation property, or null when it was not asked for.</summary>
    public ExpandOption? ExpandOf(string property) =>
        Expand.FirstOrDefault(e => e.Property.Equals(property, StringComparison.OrdinalIgnoreCase));

    internal static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : SplitTopLevel(value, ',').Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();

    internal static IEnumerable<string> SplitTopLevel(string value, char separator)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                default:
                    if (value[i] == separator && depth == 0)
                    {
                        yield return value[start..i];
                        start = i + 1;
                    }

                    break;
            }
        }

        yield return value[start..];
    }

    private static int ParseNonNegative(string name, string value) =>
        int.TryParse(value, out var n) && n >= 0 ? n : throw GraphProblem.BadRequest($"Invalid value '{value}' for {name}.");
}

/// <summary>One $expand item, with its nested $select.</summary>
public sealed record ExpandOption(string Property, IReadOnlyList<string> Select)
{
    internal static IReadOnlyList<ExpandOption> ParseList(string? value) =>
        ODataQuery.SplitList(value).Select(Parse).ToArray();

    private static ExpandOption Parse(string item)
    {
        var open = item.IndexOf('(');
        if (open < 0)
        {
            return new ExpandOption(item, []);
        }

        var inner = item[(open + 1)..].TrimEnd(')');
        var select = ODataQuery.SplitTopLevel(inner, ';')
            .Select(o => o.Trim())
            .FirstOrDefault(o => o.StartsWith("$select=", StringComparison.OrdinalIgnoreCase));
        return new ExpandOption(item[..open].Trim(), ODataQuery.SplitList(select?["$select=".Length..]));
    }
}

/// <summary>One $orderby key.</summary>
public sealed record OrderByOption(string Path, bool Descending)
{
    internal static IReadOnlyList<OrderByOption> ParseList(string? value) =>
        ODataQuery.SplitList(value).Select(item =>
        {
            var parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new OrderByOption(parts[0], parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase));
        }).ToArray();
}
