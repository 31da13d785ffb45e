namespace CopSites.Provisioning.Charters;

/// <summary>What kind of problem a <see cref="CharterError"/> reports.</summary>
public enum CharterErrorKind
{
    /// <summary>The file could not be read.</summary>
    FileNotReadable,

    /// <summary>The text is not well-formed YAML, or is not a single mapping.</summary>
    Syntax,

    /// <summary>A required field is absent or empty.</summary>
    MissingField,

    /// <summary>A field the charter schema does not define (usually a typo).</summary>
    UnknownField,

    /// <summary>A value of the wrong shape (a list where text was expected, and so on).</summary>
    WrongType,

    /// <summary>A value outside the allowed set or format.</summary>
    InvalidValue,

    /// <summary>The same value appears twice in a list.</summary>
    Duplicate,

    /// <summary>Two fields contradict each other (for example a lead also listed as moderator).</summary>
    Conflict,

    /// <summary>The charter breaks a size limit (bytes, nesting depth, node count) or uses YAML aliases.</summary>
    TooLarge,

    /// <summary>The charter file is not valid UTF-8.</summary>
    InvalidEncoding,
}
