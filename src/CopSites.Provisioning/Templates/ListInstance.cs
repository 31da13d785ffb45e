namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:ListInstance</c>: a list or library with its columns, views and content.</summary>
/// <param name="Title">List title.</param>
/// <param name="Url">Site-relative URL, e.g. <c>Lists/Tasks</c> or <c>Shared Documents</c>.</param>
/// <param name="TemplateType">List template id (100 generic list, 101 library, ...).</param>
/// <param name="Description">Description.</param>
/// <param name="OnQuickLaunch">Show on the quick launch.</param>
/// <param name="Hidden">Hidden list.</param>
/// <param name="EnableVersioning">Major versions.</param>
/// <param name="EnableMinorVersions">Minor versions.</param>
/// <param name="MaxVersionLimit">Major versions kept.</param>
/// <param name="MinorVersionLimit">Minor versions kept.</param>
/// <param name="EnableModeration">Content approval.</param>
/// <param name="DraftVersionVisibility">Who sees drafts (0 reader, 1 author, 2 approver).</param>
/// <param name="ForceCheckout">Require check-out.</param>
/// <param name="EnableAttachments">Allow attachments.</param>
/// <param name="EnableFolderCreation">Allow folders.</param>
/// <param name="ContentTypesEnabled">Allow management of content types.</param>
/// <param name="RemoveExistingContentTypes">Remove content types not bound here.</param>
/// <param name="ListExperience">Auto, NewExperience or ClassicExperience.</param>
/// <param name="NoCrawl">Exclude from search.</param>
/// <param name="RemoveExistingViews">Remove views not listed here.</param>
/// <param name="ContentTypeBindings">Content types bound to the list.</param>
/// <param name="Views">Views.</param>
/// <param name="Fields">List-only columns.</param>
/// <param name="FieldRefs">Site columns added to the list.</param>
/// <param name="DataRows">Items to create, when present.</param>
/// <param name="FieldDefaults">Default values for columns.</param>
/// <param name="Folders">Folders to create.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ListInstance(
    string Title,
    string Url,
    int TemplateType,
    string? Description,
    bool? OnQuickLaunch,
    bool? Hidden,
    bool? EnableVersioning,
    bool? EnableMinorVersions,
    int? MaxVersionLimit,
    int? MinorVersionLimit,
    bool? EnableModeration,
    int? DraftVersionVisibility,
    bool? ForceCheckout,
    bool? EnableAttachments,
    bool? EnableFolderCreation,
    bool? ContentTypesEnabled,
    bool? RemoveExistingContentTypes,
    string? ListExperience,
    bool? NoCrawl,
    bool? RemoveExistingViews,
    ValueList<ContentTypeBinding> ContentTypeBindings,
    ValueList<ViewDefinition> Views,
    ValueList<FieldDefinition> Fields,
    ValueList<ListFieldRef> FieldRefs,
    DataRowSet? DataRows,
    ValueList<FieldDefault> FieldDefaults,
    ValueList<ListFolder> Folders,
    SourceLocation Location);
