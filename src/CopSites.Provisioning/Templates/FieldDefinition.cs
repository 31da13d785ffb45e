namespace CopSites.Provisioning.Templates;

/// <summary>
/// A SharePoint field (site column or list column). <see cref="SchemaXml"/> keeps the original
/// <c>&lt;Field&gt;</c> CAML, which is what SharePoint accepts; the other properties are parsed
/// from it for planning and validation.
/// </summary>
/// <param name="SchemaXml">The field element as written in the template (unformatted, tokens unresolved).</param>
/// <param name="Id">The <c>ID</c> GUID, when it is one.</param>
/// <param name="Name">Internal name (<c>Name</c>).</param>
/// <param name="StaticName">Static name (<c>StaticName</c>).</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Type">Field type, e.g. <c>Text</c>, <c>Choice</c>, <c>Lookup</c>, <c>TaxonomyFieldType</c>.</param>
/// <param name="Group">Site column group.</param>
/// <param name="Required">Whether a value is required.</param>
/// <param name="Choices">Choice values (<c>CHOICES/CHOICE</c>).</param>
/// <param name="Format">Format (e.g. <c>Dropdown</c>, <c>DateOnly</c>).</param>
/// <param name="List">Lookup list (id, URL or token).</param>
/// <param name="ShowField">Lookup display field.</param>
/// <param name="Min">Minimum (number fields).</param>
/// <param name="Max">Maximum (number fields).</param>
/// <param name="Default">Default value (<c>Default</c> child element).</param>
/// <param name="Formula">Formula (calculated fields).</param>
/// <param name="Location">Where the element is.</param>
public sealed record FieldDefinition(
    string SchemaXml,
    Guid? Id,
    string? Name,
    string? StaticName,
    string? DisplayName,
    string? Type,
    string? Group,
    bool? Required,
    ValueList<string> Choices,
    string? Format,
    string? List,
    string? ShowField,
    string? Min,
    string? Max,
    string? Default,
    string? Formula,
    SourceLocation Location)
{
    /// <summary>The name a field is looked up by: <c>Name</c>, else <c>StaticName</c>, else <c>DisplayName</c>.</summary>
    public string? InternalName => Name ?? StaticName ?? DisplayName;
}
