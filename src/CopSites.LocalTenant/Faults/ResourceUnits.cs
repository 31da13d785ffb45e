using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Faults;

/// <summary>SharePoint Online's resource-unit cost of a Graph call (spo-throttling-how-to-avoid.md).</summary>
public static class ResourceUnits
{
    /// <summary>1 for a single-item GET, 2 for a collection GET or any write, 5 for permission operations.</summary>
    public static int Cost(string method, GraphPath path)
    {
        if (path.Segments.Any(s => s.Equals("permissions", StringComparison.OrdinalIgnoreCase)))
        {
            return 5;
        }

        if (method != "GET")
        {
            return 2;
        }

        return LooksLikeCollection(path) ? 2 : 1;
    }

    // A GET ending in a plural noun (lists, items, children, columns...) reads many items.
    private static bool LooksLikeCollection(GraphPath path) =>
        path.Segments.Count > 0 && path.Segments[^1] is var last && last.EndsWith('s') && !last.Contains(',') && !last.Contains(':') && !last.Contains('(');
}
