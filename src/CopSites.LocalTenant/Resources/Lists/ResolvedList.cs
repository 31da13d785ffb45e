using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>A list (or library) together with the site it lives in.</summary>
public sealed record ResolvedList(StoredEntity Site, StoredEntity List)
{
    /// <summary>The composite site id.</summary>
    public string SiteId => Site.Id;

    /// <summary>The list GUID.</summary>
    public string ListId => List.Id;

    /// <summary>The scope of the list's columns, content types and items: "siteId/listId".</summary>
    public string ChildScope => TenantSession.ChildScope(Site.Id, List.Id);

    /// <summary>The list template, e.g. genericList or documentLibrary.</summary>
    public string Template => List.Document["list"]?["template"]?.GetValue<string>() ?? "genericList";

    /// <summary>True for document libraries (lists with a drive).</summary>
    public bool IsLibrary => SiteFactory.IsLibrary(Template);

    /// <summary>The list's server-relative path.</summary>
    public string ServerRelativePath => List.Document["serverRelativePath"]!.GetValue<string>();

    /// <summary>The scope holding the list's columns, with its built-in columns.</summary>
    public ColumnScope Columns => new(SiteId, ChildScope, BuiltInColumns.ForList(Template, IsLibrary));
}
