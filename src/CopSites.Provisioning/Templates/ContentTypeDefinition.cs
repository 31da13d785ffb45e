namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:ContentType</c>.</summary>
/// <param name="Id">Content type id, e.g. <c>0x0101...</c>.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="Group">Group.</param>
/// <param name="Hidden">Hidden from the New menu.</param>
/// <param name="Sealed">Sealed.</param>
/// <param name="ReadOnly">Read-only.</param>
/// <param name="Overwrite">Drop and recreate when it exists.</param>
/// <param name="UpdateChildren">Push changes to child content types.</param>
/// <param name="FieldRefs">Fields the content type uses.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ContentTypeDefinition(
    string Id,
    string Name,
    string? Description,
    string? Group,
    bool? Hidden,
    bool? Sealed,
    bool? ReadOnly,
    bool? Overwrite,
    bool? UpdateChildren,
    ValueList<ContentTypeFieldRef> FieldRefs,
    SourceLocation Location);

/// <summary>A <c>pnp:FieldRef</c> inside a content type.</summary>
/// <param name="Id">Field id (GUID text or token).</param>
/// <param name="Name">Field internal name.</param>
/// <param name="Required">Required in this content type.</param>
/// <param name="Hidden">Hidden in this content type.</param>
/// <param name="UpdateChildren">Push to child content types.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ContentTypeFieldRef(string Id, string? Name, bool? Required, bool? Hidden, bool? UpdateChildren, SourceLocation Location);
