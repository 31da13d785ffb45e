using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Building.ContentTypes;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building;

/// <summary>
/// The dependency level of each structural resource, computed from what it needs rather than from its kind alone:
/// a lookup column waits for its target list, a taxonomy column for its term set, a column or content type that uses
/// one of those waits one level more, and views, items and files wait until their list is complete. Every rule is
/// "one level after the last thing it needs", so a level only ever writes what the levels below made possible.
/// </summary>
public static class StructureLevels
{
    /// <summary>Site columns: 1; lookups 2 (after the lists); taxonomy 3 (after the term sets).</summary>
    public static int SiteColumn(FieldDefinition field) => field.Type switch
    {
        "TaxonomyFieldType" or "TaxonomyFieldTypeMulti" => 3,
        "Lookup" or "LookupMulti" => 2,
        _ => 1,
    };

    /// <summary>A list's own column: 2 (after the list); lookups and taxonomy 3 (after the target list or term set).</summary>
    public static int ListField(FieldDefinition field) => field.Type is "TaxonomyFieldType" or "TaxonomyFieldTypeMulti" or "Lookup" or "LookupMulti" ? 3 : 2;

    /// <summary>A site column added to a list: after the list and after the site column.</summary>
    public static int ListFieldRef(FieldReference reference) => Math.Max(2, (reference.SiteField is { } site ? SiteColumn(site) : 0) + 1);

    /// <summary>A content type: 2, or one level after a parent the template also defines.</summary>
    public static int ContentType(ProvisioningTemplate template, ContentTypeDefinition contentType) =>
        ContentTypeIds.ParentOf(contentType.Id) is { } parentId && ContentTypeIds.Find(template, parentId) is { } parent
            ? ContentType(template, parent) + 1
            : 2;

    /// <summary>A column of a content type: after the content type and after the site column.</summary>
    public static int ContentTypeColumn(ProvisioningTemplate template, ContentTypeDefinition contentType, FieldReference? reference) =>
        Math.Max(Math.Max(3, ContentType(template, contentType) + 1), (reference?.SiteField is { } site ? SiteColumn(site) : 0) + 1);

    /// <summary>The level by which a content type and all its columns exist.</summary>
    public static int ContentTypeComplete(ProvisioningTemplate template, ContentTypeDefinition contentType) =>
        contentType.FieldRefs.Select(r => ContentTypeColumn(template, contentType, FieldReference.Resolve(template, r.Id, r.Name)))
            .Append(ContentType(template, contentType)).Max();

    /// <summary>A content type bound to a list: 4, or one level after the content type is complete.</summary>
    public static int ListContentType(ProvisioningTemplate template, string contentTypeId) =>
        ContentTypeIds.Find(template, contentTypeId) is { } contentType ? Math.Max(4, ContentTypeComplete(template, contentType) + 1) : 4;

    /// <summary>The level by which a list has all its columns and content types.</summary>
    public static int ListComplete(ProvisioningTemplate template, ListInstance list) =>
        list.Fields.Select(ListField)
            .Concat(list.FieldRefs.Select(r => FieldReference.Resolve(template, r.Id, r.Name)).OfType<FieldReference>().Select(ListFieldRef))
            .Concat(list.ContentTypeBindings.Select(b => ListContentType(template, b.ContentTypeId)))
            .Append(1).Max();

    /// <summary>Something that fills or shows a list (views, items, files): at <paramref name="floor"/>, or after the list is complete.</summary>
    public static int AfterList(ProvisioningTemplate template, ListInstance? list, int floor) =>
        list is null ? floor : Math.Max(floor, ListComplete(template, list) + 1);
}
