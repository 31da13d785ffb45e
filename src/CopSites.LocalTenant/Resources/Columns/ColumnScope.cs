using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>Where columns live: a site (scope = siteId) or a list (scope = siteId/listId), with the built-ins it always has.</summary>
/// <param name="SiteId">The site the scope belongs to (lookup columns point at its lists).</param>
/// <param name="Scope">The storage scope of the column entities.</param>
/// <param name="BuiltIns">SharePoint's own columns in this scope; stored documents with the same id override them.</param>
public sealed record ColumnScope(string SiteId, string Scope, IReadOnlyList<JsonObject> BuiltIns)
{
    /// <summary>The site columns of a site.</summary>
    public static ColumnScope ForSite(string siteId) => new(siteId, siteId, BuiltInColumns.ForSite());
}
