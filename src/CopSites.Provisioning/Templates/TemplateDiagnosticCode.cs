namespace CopSites.Provisioning.Templates;

/// <summary>The kinds of finding the template reader reports.</summary>
public enum TemplateDiagnosticCode
{
    /// <summary>The file is not well-formed XML.</summary>
    MalformedXml,

    /// <summary>The file could not be opened or read.</summary>
    FileUnreadable,

    /// <summary>The root element is in a namespace that is not a known PnP provisioning schema.</summary>
    UnknownNamespace,

    /// <summary>The root element is neither <c>pnp:Provisioning</c> nor <c>pnp:ProvisioningTemplate</c>.</summary>
    UnexpectedRoot,

    /// <summary>An element CopSites does not provision; it is reported and left out of the model.</summary>
    UnsupportedElement,

    /// <summary>An attribute CopSites does not provision; it is reported and left out of the model.</summary>
    UnsupportedAttribute,

    /// <summary>A required attribute is missing.</summary>
    MissingAttribute,

    /// <summary>An attribute value cannot be parsed as the type the schema asks for.</summary>
    InvalidValue,

    /// <summary>The document breaks the 2022-09 XSD.</summary>
    SchemaViolation,

    /// <summary>Schema validation was not run for this namespace (only the 2022-09 XSD is embedded).</summary>
    SchemaNotValidated,

    /// <summary>An element over a size limit (see docs/security.md); it is refused.</summary>
    OverLimit,
}
