namespace CopSites.Provisioning.Engine.Building;

/// <summary>Why a template element cannot be turned into a resource, apart from its tokens.</summary>
public enum BuildErrorKind
{
    /// <summary>A field type CopSites cannot express as a Graph column (for example <c>Geolocation</c>, <c>Computed</c>).</summary>
    UnsupportedFieldType,

    /// <summary>A template feature the engine does not apply (removing columns, folders, vertical page sections…).</summary>
    UnsupportedFeature,

    /// <summary>A field reference that matches no site column of the template and no built-in column.</summary>
    UnknownField,

    /// <summary>A content type id that matches no content type of the template and no built-in one.</summary>
    UnknownContentType,

    /// <summary>A list named by URL that neither the template nor the site has.</summary>
    UnknownList,

    /// <summary>A page web part whose type is neither a known name nor a GUID.</summary>
    UnknownWebPart,

    /// <summary>A required value is missing (a data row without its key, a view without a name).</summary>
    MissingValue,

    /// <summary>A value that cannot be read as what it must be (a number, a date, JSON, a user name).</summary>
    InvalidValue,

    /// <summary>A file the template uploads does not exist or cannot be read.</summary>
    MissingSourceFile,

    /// <summary>A file the template uploads lies outside the template's folder (absolute, <c>..</c>, a link out) or is too large.</summary>
    SourceFileOutsideTemplate,

    /// <summary>A content type derives from a parent that exists nowhere (template, built-ins, site).</summary>
    UnknownParent,

    /// <summary>The resource would need a dependency level deeper than the engine runs.</summary>
    TooDeep,
}
