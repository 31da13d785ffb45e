using System.Text.Json.Nodes;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.Lists;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>Where content types live: a site or a list, with its built-in content types and its columns.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Scope">The storage scope of the contentType entities (siteId, or siteId/listId).</param>
/// <param name="Columns">The columns the content types of this scope link to.</param>
/// <param name="List">The list, for list content types; null for site content types.</param>
public sealed record ContentTypeScope(string SiteId, string Scope, ColumnScope Columns, ResolvedList? List)
{
    /// <summary>The site content types of a site.</summary>
    public static ContentTypeScope ForSite(string siteId) => new(siteId, siteId, ColumnScope.ForSite(siteId), null);

    /// <summary>The content types of a list.</summary>
    public static ContentTypeScope ForList(ResolvedList list) => new(list.SiteId, list.ChildScope, list.Columns, list);

    /// <summary>The built-in content types of this scope, their links resolved against <paramref name="columns"/>.</summary>
    public IReadOnlyList<JsonObject> BuiltIns(IReadOnlyList<JsonObject> columns) => List is null
        ? BuiltInContentTypes.ForSite(columns)
        : BuiltInContentTypes.ForList(List.ListId, List.Template, List.IsLibrary, columns);
}
