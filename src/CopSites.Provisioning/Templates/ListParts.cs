namespace CopSites.Provisioning.Templates;

/// <summary>A <c>pnp:ContentTypeBinding</c>.</summary>
/// <param name="ContentTypeId">Content type id.</param>
/// <param name="Default">Make it the list's default content type.</param>
/// <param name="Remove">Remove the binding.</param>
/// <param name="Hidden">Hide it from the New menu.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ContentTypeBinding(string ContentTypeId, bool? Default, bool? Remove, bool? Hidden, SourceLocation Location);

/// <summary>A <c>pnp:FieldRef</c> inside a list: a site column added to the list.</summary>
/// <param name="Id">Field id (GUID text or token).</param>
/// <param name="Name">Internal name.</param>
/// <param name="DisplayName">Display name in this list.</param>
/// <param name="Required">Required in this list.</param>
/// <param name="Hidden">Hidden in this list.</param>
/// <param name="Remove">Remove the column from the list.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ListFieldRef(string Id, string? Name, string? DisplayName, bool? Required, bool? Hidden, bool? Remove, SourceLocation Location);

/// <summary>The <c>pnp:DataRows</c> of a list: items to create.</summary>
/// <param name="KeyColumn">Column that identifies an existing item (makes the rows idempotent), when given.</param>
/// <param name="UpdateBehavior">What to do with an existing item: <c>Overwrite</c> or <c>Skip</c>.</param>
/// <param name="Rows">The rows.</param>
/// <param name="Location">Where the element is.</param>
public sealed record DataRowSet(string? KeyColumn, string? UpdateBehavior, ValueList<DataRow> Rows, SourceLocation Location);

/// <summary>A <c>pnp:DataRow</c>.</summary>
/// <param name="Key">Row key, when given.</param>
/// <param name="Values">Field values in template order.</param>
/// <param name="Location">Where the element is.</param>
public sealed record DataRow(string? Key, ValueList<FieldValue> Values, SourceLocation Location)
{
    /// <summary>The value for a field (case-insensitive), or null.</summary>
    public string? this[string fieldName] =>
        Values.FirstOrDefault(v => string.Equals(v.FieldName, fieldName, StringComparison.OrdinalIgnoreCase))?.Value;
}

/// <summary>A value for a field: a <c>pnp:DataValue</c>.</summary>
/// <param name="FieldName">Internal field name.</param>
/// <param name="Value">Value text, possibly with tokens.</param>
public sealed record FieldValue(string FieldName, string Value);

/// <summary>A <c>pnp:FieldDefault</c>: the default value of a list column.</summary>
/// <param name="FieldName">Internal field name.</param>
/// <param name="Value">Default value.</param>
/// <param name="Location">Where the element is.</param>
public sealed record FieldDefault(string FieldName, string Value, SourceLocation Location);

/// <summary>A <c>pnp:Folder</c> inside a list, with sub-folders.</summary>
/// <param name="Name">Folder name.</param>
/// <param name="ContentTypeId">Folder content type, when given.</param>
/// <param name="Folders">Sub-folders.</param>
/// <param name="Location">Where the element is.</param>
public sealed record ListFolder(string Name, string? ContentTypeId, ValueList<ListFolder> Folders, SourceLocation Location);
