namespace CopSites.Provisioning.Engine.Building.Columns;

/// <summary>
/// Columns SharePoint gives lists and content types without a template defining them. Templates reference them by id
/// or name (the standard template renames <c>Title</c> per list); knowing them lets a reference to anything else fail
/// as an unknown field instead of being sent to the tenant.
/// </summary>
public static class BuiltInFields
{
    /// <summary>A built-in column: internal name, id and CAML type (for converting data row values).</summary>
    /// <param name="Name">Its internal name.</param>
    /// <param name="Id">SharePoint's field id.</param>
    /// <param name="Type">Its CAML type.</param>
    public sealed record BuiltInField(string Name, Guid Id, string Type)
    {
        /// <summary>SharePoint keeps it hidden itself (system plumbing): a template hiding it changes nothing.</summary>
        public bool IsSystemHidden => Name.StartsWith('_') || Name.StartsWith("TaxCatchAll", StringComparison.Ordinal)
            || Name is "ItemChildCount" or "FolderChildCount" or "FormData" or "ComplianceAssetId" or "AppInstanceId" or "AppParentWebId";
    }

    // SharePoint's own columns (SPBuiltInFieldId), as extracted templates reference them: every FieldRef of the reference
    // community templates and PnP's base templates that no template defines is here, plus the columns every list has.
    private static readonly BuiltInField[] Known =
    [
        new("Title", Guid.Parse("fa564e0f-0c70-4ab9-b863-0177e6ddd247"), "Text"),
        new("LinkTitle", Guid.Parse("82642ec8-ef9b-478f-acf9-31f7d45fbc31"), "Computed"),
        new("LinkTitleNoMenu", Guid.Parse("bc91a437-52e7-49e1-8c4e-4698904b2b6d"), "Computed"),
        new("FileLeafRef", Guid.Parse("8553196d-ec8d-4564-9861-3dbe931050c8"), "File"),
        new("EventDate", Guid.Parse("64cd368d-2f95-4bfc-a1f9-8d4324ecb007"), "DateTime"),
        new("EndDate", Guid.Parse("2684f9f2-54be-429f-ba06-76754fc056bf"), "DateTime"),
        new("Location", Guid.Parse("288f5f32-8462-4175-8f09-dd7ba29359a9"), "Text"),
        new("Description", Guid.Parse("9da97a8a-1da5-4a77-98d3-4bc10456e700"), "Note"),
        new("fAllDayEvent", Guid.Parse("7d95d1f4-f5fd-4a70-90cd-b35abc9b5bc8"), "AllDayEvent"),
        new("fRecurrence", Guid.Parse("f2e63656-135e-4f1c-8fc2-ccbe74071901"), "Recurrence"),
        new("Category", Guid.Parse("6df9bd52-550e-4a30-bc31-a4366832a87d"), "Choice"),
        new("ID", Guid.Parse("1d22ea11-1e32-424e-89ab-9fedbadb6ce1"), "Counter"),
        new("ContentType", Guid.Parse("c042a256-787d-4a6f-8a8a-cf6ab767f12d"), "Computed"),
        new("ContentTypeId", Guid.Parse("03e45e84-1992-4d42-9116-26f756012634"), "ContentTypeId"),
        new("Created", Guid.Parse("8c06beca-0777-48f7-91c7-6da68bc07b69"), "DateTime"),
        new("Modified", Guid.Parse("28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f"), "DateTime"),
        new("Author", Guid.Parse("1df5e554-ec7e-46a6-901d-d85a3881cb18"), "User"),
        new("Editor", Guid.Parse("d31655d1-1d5b-4511-95a1-7a09e9b75bf2"), "User"),
        new("Created_x0020_By", Guid.Parse("4dd7e525-8d6b-4cb4-9d3e-44ee25f973eb"), "Text"),
        new("Modified_x0020_By", Guid.Parse("822c78e3-1ea9-4943-b449-57863ad33ca9"), "Text"),
        new("Attachments", Guid.Parse("67df98f4-9dec-48ff-a553-29bece9c5bf4"), "Attachments"),
        new("Edit", Guid.Parse("503f1caa-358e-4918-9094-4a2cdc4bc034"), "Computed"),
        new("SelectTitle", Guid.Parse("b1f7969b-ea65-42e1-8b54-b588292635f2"), "Computed"),
        new("SelectFilename", Guid.Parse("5f47e085-2150-41dc-b661-442f3027f552"), "Computed"),
        new("DocIcon", Guid.Parse("081c6e4c-5c14-4f20-b23e-1a71ceb6a67c"), "Computed"),
        new("LinkFilename", Guid.Parse("5cc6dc79-3710-4374-b433-61cb4a686c12"), "Computed"),
        new("LinkFilenameNoMenu", Guid.Parse("9d30f126-ba48-446b-b8f9-83745f322ebe"), "Computed"),
        new("FileRef", Guid.Parse("94f89715-e097-4e8b-ba79-ea02aa8b7adb"), "Lookup"),
        new("FileDirRef", Guid.Parse("56605df6-8fa1-47e4-a04c-5b384d59609f"), "Lookup"),
        new("FSObjType", Guid.Parse("30bb605f-5bae-48fe-b4e3-1f81d9772af9"), "Lookup"),
        new("UniqueId", Guid.Parse("4b7403de-8d94-43e8-9f0f-137a3e298126"), "Lookup"),
        new("GUID", Guid.Parse("ae069f25-3ac2-4256-b9c3-15dbc15da0e0"), "Guid"),
        new("Order", Guid.Parse("ca4addac-796f-4b23-b093-d2a3f65c0774"), "Number"),
        new("_UIVersionString", Guid.Parse("dce8262a-3ae9-45aa-aab4-83bd75fb738a"), "Text"),
        new("UIVersion", Guid.Parse("8e334549-c2bd-4110-9f61-672971be6504"), "Integer"),
        new("_ModerationStatus", Guid.Parse("fdc3b2ed-5bf2-4835-a4bc-b885f3396a61"), "ModStat"),
        new("_ModerationComments", Guid.Parse("34ad21eb-75bd-4544-8c73-0e08330291fe"), "Note"),
        new("CheckoutUser", Guid.Parse("3881510a-4e4a-4ee8-b102-8ee8e2d0dd4b"), "User"),
        new("_CheckinComment", Guid.Parse("58014f77-5463-437b-ab67-eec79532da67"), "Lookup"),
        new("ItemChildCount", Guid.Parse("b824e17e-a1b3-426e-aecf-f0184d900485"), "Lookup"),
        new("FolderChildCount", Guid.Parse("960ff01f-2b6d-4f1b-9c3f-e19ad8927341"), "Lookup"),
        new("FormData", Guid.Parse("78eae64a-f5f2-49af-b416-3247b76f46a1"), "Note"),
        new("Body", Guid.Parse("7662cd2c-f069-4dba-9e35-082cf976e170"), "Note"),
        new("WikiField", Guid.Parse("c33527b4-d920-4587-b791-45024d00068a"), "Note"),
        new("DueDate", Guid.Parse("cd21b4c2-6841-4f9e-a23a-738a65f99889"), "DateTime"),
        new("AssignedTo", Guid.Parse("53101f38-dd2e-458c-b245-0c236cc13d1a"), "User"),
        new("PercentComplete", Guid.Parse("d2311440-1ed6-46ea-b46d-daa643dc3886"), "Number"),
        new("Predecessors", Guid.Parse("c3a92d97-2b77-4a25-9698-3ab54874bc6f"), "LookupMulti"),
        new("Priority", Guid.Parse("a8eb573e-9e11-481a-a8c9-1104a54b2fbd"), "Choice"),
        new("Status", Guid.Parse("c15b34c3-ce7d-490a-b133-3f4de8801b76"), "Choice"),
        new("RelatedItems", Guid.Parse("d2a04afc-9a05-48c8-a7fa-fa98f9496141"), "RelatedItems"),
        new("PostCategory", Guid.Parse("38bea83b-350a-1a6e-f34a-93a6af31338b"), "LookupMulti"),
        new("PublishedDate", Guid.Parse("b1b53d80-23d6-e31b-b235-3a286b9f10ea"), "DateTime"),
        new("AppInstanceId", Guid.Parse("16691b5c-6607-11e0-8d88-268cdfd72085"), "Guid"),
        new("AppParentWebId", Guid.Parse("27ed35a2-6607-11e0-825d-2e8cdfd72085"), "Guid"),
        new("AppLaunchUrl", Guid.Parse("e7bcb2ba-bc13-11e0-8882-62344924019b"), "URL"),
        new("AppStatus", Guid.Parse("f44d6164-bc13-11e0-9430-69344924019b"), "Text"),
        // Retention-label columns every library has in SharePoint Online; extracted templates list them on each library.
        new("_ComplianceFlags", Guid.Parse("ccc1037f-f65e-434a-868e-8c98af31fe29"), "Lookup"),
        new("_ComplianceTag", Guid.Parse("d4b6480a-4bed-4094-9a52-30181ea38f1d"), "Lookup"),
        new("_ComplianceTagWrittenTime", Guid.Parse("92be610e-ddbb-49f4-b3b1-5c2bc768df8f"), "Lookup"),
        new("_ComplianceTagUserId", Guid.Parse("418d7676-2d6f-42cf-a16a-e43d2971252a"), "Lookup"),
        new("_IsRecord", Guid.Parse("8382d247-72a9-44b1-9794-7b177edc89f3"), "Computed"),
        new("ComplianceAssetId", Guid.Parse("3a6b296c-3f50-445c-a13f-9c679ea9dda3"), "Text"),
        // Managed metadata plumbing every site has (the hidden catch-all lookups of taxonomy columns).
        new("TaxCatchAll", Guid.Parse("f3b0adf9-c1a2-4b02-920d-943fba4b3611"), "LookupMulti"),
        new("TaxCatchAllLabel", Guid.Parse("8f6b6dd8-9357-4019-8172-966fcd502ed2"), "LookupMulti"),
        // Columns of the Site Pages library and of social features in SharePoint Online.
        new("_CommentCount", Guid.Parse("d307dff3-340f-44a2-9f4b-fbfe1ba07459"), "Lookup"),
        new("_LikeCount", Guid.Parse("db8d9d6d-dc9a-4fbd-85f3-4a753bfdc58c"), "Lookup"),
        new("_CommentFlags", Guid.Parse("c274cbfd-084a-4017-925f-cce50c9e3eec"), "Lookup"),
        new("_AuthorByline", Guid.Parse("1a7348e7-1bb7-4a47-9790-088e7cb20b58"), "UserMulti"),
        new("_TopicHeader", Guid.Parse("d60d65ff-ff42-4044-a684-ac3f7a5e598c"), "Text"),
        new("_SPSitePageFlags", Guid.Parse("9de685c5-fdf5-4319-b987-3edf55efb36f"), "MultiChoice"),
        new("_SPCallToAction", Guid.Parse("9889a80f-c9ec-41d8-a359-ac5fb5c4cfa2"), "Text"),
        new("_ExtendedDescription", Guid.Parse("cb19284a-cde7-4570-a980-1dab8bd74470"), "Note"),
        new("_SPAssetFolderId", Guid.Parse("ff41708b-e251-4237-a060-bea44657e8dc"), "Text"),
        new("_OriginalSourceUrl", Guid.Parse("0e7b982f-698a-4d0c-aacb-f16906f66d30"), "Text"),
        new("_OriginalSourceSiteId", Guid.Parse("36193413-dd5c-4096-8c1e-1b40098b9ba3"), "Text"),
        new("_OriginalSourceWebId", Guid.Parse("3477a5bc-c605-4b2e-a7c1-8db8f13c017e"), "Text"),
        new("_OriginalSourceListId", Guid.Parse("139da674-dbf6-439f-98e0-4eb05fa9a669"), "Text"),
        new("_OriginalSourceItemId", Guid.Parse("91e86a43-75f2-426f-80da-35edfb47d55d"), "Text"),
        new("_ShortcutUrl", Guid.Parse("47b1b86f-9f8a-4dbe-a75e-ca5d9b0f566c"), "URL"),
        new("_ShortcutSiteId", Guid.Parse("2662ad77-2410-4938-b01c-e5e43321bad4"), "Text"),
        new("_ExpirationDate", Guid.Parse("ac9ce95b-f081-4b8a-bb19-2f4427d44674"), "DateTime"),
    ];

    /// <summary>The built-in column with this id or internal name, or null.</summary>
    public static BuiltInField? Find(Guid? id, string? name) =>
        Known.FirstOrDefault(f => id is { } g && f.Id == g)
        ?? Known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
