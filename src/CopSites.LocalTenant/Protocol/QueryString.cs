namespace CopSites.LocalTenant.Protocol;

/// <summary>Parses a query string into decoded, case-insensitive keys (the SDK sends $select decoded, others %24select).</summary>
public static class QueryString
{
    /// <summary>Parses "a=1&amp;b=2" (with or without the leading '?').</summary>
    public static IReadOnlyDictionary<string, string> Parse(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString((eq < 0 ? pair : pair[..eq]).Replace('+', ' '));
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            result[key] = value;
        }

        return result;
    }
}
