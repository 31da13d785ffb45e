using System.Text.Json.Nodes;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// What every SharePoint site has without anyone creating it, and so what extraction leaves out: a template that
/// recreated these would either collide with the target site's own copies or fail (Graph cannot create them).
/// docs/extract.md lists the rules.
/// </summary>
internal static class SharePointDefaults
{
    // Column groups SharePoint's features fill; columns people create go to "Custom Columns" or a group of their own.
    private static readonly HashSet<string> BuiltInColumnGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "_Hidden", "Base Columns", "Core Contact and Calendar Columns", "Core Document Columns", "Core Task and Issue Columns",
        "Extended Columns", "Document and Record Management Columns", "Display Template Columns", "JavaScript Display Template Columns",
        "Page Layout Columns", "Publishing Columns", "Reports", "Status Indicators", "Content Feedback", "Enterprise Keywords Group",
    };

    // Columns SharePoint puts on every list or library that Graph does not always mark read-only or undeletable. Names a
    // person could also give a column of their own (Status, Category…) are told apart by their group instead.
    private static readonly HashSet<string> BuiltInColumnNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ID", "Title", "LinkTitle", "LinkTitleNoMenu", "ContentType", "Created", "Modified", "Author", "Editor", "Attachments",
        "Edit", "SelectTitle", "DocIcon", "FileLeafRef", "LinkFilename", "LinkFilenameNoMenu", "FileSizeDisplay", "ItemChildCount",
        "FolderChildCount", "AppAuthor", "AppEditor", "ComplianceAssetId", "CheckoutUser", "CheckedOutUserId", "ParentVersionString",
        "ParentLeafName", "MediaServiceImageTags", "TaxCatchAll", "TaxCatchAllLabel", "TaxKeyword", "TaxKeywordTaxHTField", "CanvasContent1",
        "BannerImageUrl", "PromotedState", "FirstPublishedDate", "LayoutWebpartsContent", "WikiField", "PageLayoutType",
    };

    // Libraries every (group) site is created with, by URL segment; CopSites cannot and need not create them.
    private static readonly HashSet<string> SiteLibraries = new(StringComparer.OrdinalIgnoreCase)
    {
        "Shared Documents", "SitePages", "SiteAssets", "Style Library", "FormServerTemplates",
    };

    /// <summary>True for a column SharePoint provides (on a site or a list), which no template needs to create.</summary>
    public static bool IsBuiltInColumn(JsonObject column) =>
        Flag(column, "isDeletable") == false
        || Flag(column, "readOnly") == true
        || BuiltInColumnNames.Contains(Text(column, "name") ?? "")
        || (Text(column, "name") ?? "").StartsWith('_')
        || BuiltInColumnGroups.Contains(Text(column, "columnGroup") ?? "");

    /// <summary>True for a site content type SharePoint provides.</summary>
    public static bool IsBuiltInContentType(JsonObject contentType) =>
        Flag(contentType, "isBuiltIn") == true || string.Equals(Text(contentType, "group"), "_Hidden", StringComparison.Ordinal);

    /// <summary>True for a list SharePoint keeps for itself (hidden or flagged as system).</summary>
    public static bool IsSystemList(JsonObject list) => Flag(list["list"] as JsonObject, "hidden") == true || list["system"] is not null;

    /// <summary>True for a library every site is created with (Documents, Site Pages, Site Assets…), by its URL segment.</summary>
    public static bool IsSiteLibrary(string siteRelativeUrl) => SiteLibraries.Contains(siteRelativeUrl.Trim('/'));

    private static bool? Flag(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
