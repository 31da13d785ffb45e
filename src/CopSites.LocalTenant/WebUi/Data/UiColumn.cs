using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>A column shown in a list view: its internal name, header and the Graph type facet that decides its format.</summary>
internal sealed record UiColumn(string Name, string DisplayName, string Kind)
{
    private static readonly string[] Facets =
        ["personOrGroup", "lookup", "dateTime", "boolean", "number", "currency", "choice", "hyperlinkOrPicture", "term", "calculated", "text"];

    /// <summary>Built-in columns that SharePoint's default All Items view does not show.</summary>
    private static readonly HashSet<string> SystemNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ID", "ContentType", "ContentTypeId", "Attachments", "Edit", "LinkTitle", "LinkTitleNoMenu", "DocIcon", "ItemChildCount",
        "FolderChildCount", "AppAuthor", "AppEditor", "Author", "Editor", "Created", "Modified", "FileLeafRef", "FileRef", "FileSizeDisplay",
        "LinkFilename", "LinkFilenameNoMenu", "ComplianceAssetId", "CheckoutUser", "ParentVersionString", "ParentLeafName", "Order",
        "GUID", "WorkflowVersion", "WorkflowInstanceID", "SelectTitle", "SelectFilename", "BaseName", "MetaInfo", "owshiddenversion",
        "FSObjType", "PermMask", "UniqueId", "ProgId", "ScopeId", "File_x0020_Type", "HTML_x0020_File_x0020_Type", "ServerUrl",
        "EncodedAbsUrl", "Restricted", "OriginatorId", "NoExecute", "ContentVersion", "SMTotalSize", "SMLastModifiedDate",
        "SMTotalFileStreamSize", "SMTotalFileCount", "Title_x0020_Image", "MediaServiceImageTags", "CanvasContent1", "BannerImageUrl",
        "LayoutWebpartsContent", "PromotedState", "FirstPublishedDate", "OData__AuthorByline", "_AuthorByline", "_TopicHeader",
    };

    /// <summary>The column from a stored columnDefinition, or null when the default view would not show it.</summary>
    public static UiColumn? FromDefinition(JsonObject definition, bool library)
    {
        var name = definition.Text("name");
        if (name is null || definition.Flag("hidden") || SystemNames.Contains(name) || name.StartsWith('_')
            || (library && name.Equals("Title", StringComparison.OrdinalIgnoreCase))
            || (definition.Flag("readOnly") && !name.Equals("Title", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var kind = Facets.FirstOrDefault(f => definition[f] is JsonObject) ?? "text";
        return new UiColumn(name, definition.Text("displayName") ?? name, kind);
    }

    /// <summary>A column guessed from item fields when the list has no stored columns.</summary>
    public static UiColumn? FromFieldName(string name) =>
        SystemNames.Contains(name) || name.StartsWith('_') || name.StartsWith('@') || name.EndsWith("LookupId", StringComparison.Ordinal)
            ? null
            : new UiColumn(name, name, "text");
}
