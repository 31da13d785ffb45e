using System.Xml;
using System.Xml.Schema;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>
/// Validates documents against the embedded 2022-09 PnP provisioning XSD. Only that namespace can be
/// validated: older schemas are not embedded, so documents in older namespaces produce no schema findings.
/// </summary>
public static class PnpSchemaValidator
{
    private const string ResourceName = "CopSites.Provisioning.Templates.Xml.Schema.ProvisioningSchema-2022-09.xsd";
    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    /// <summary>Validates XML text; each violation becomes an error diagnostic with line and column.</summary>
    /// <param name="xml">The document.</param>
    /// <param name="sourcePath">Path used in the diagnostics' locations.</param>
    public static ValueList<TemplateDiagnostic> Validate(string xml, string sourcePath)
    {
        using var reader = new StringReader(xml);
        return Validate(XmlReader.Create(reader, Settings(out var findings)), sourcePath, findings);
    }

    /// <summary>Validates a document read from a stream (encoding taken from its BOM or declaration).</summary>
    /// <param name="xml">The document bytes.</param>
    /// <param name="sourcePath">Path used in the diagnostics' locations.</param>
    public static ValueList<TemplateDiagnostic> Validate(Stream xml, string sourcePath) =>
        Validate(XmlReader.Create(xml, Settings(out var findings)), sourcePath, findings);

    private static XmlReaderSettings Settings(out List<XmlSchemaException> findings)
    {
        var collected = new List<XmlSchemaException>();
        findings = collected;
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                collected.Add(e.Exception);
            }
        };
        return settings;
    }

    private static ValueList<TemplateDiagnostic> Validate(XmlReader reader, string sourcePath, List<XmlSchemaException> findings)
    {
        var diagnostics = new List<TemplateDiagnostic>();
        try
        {
            using (reader)
            {
                while (reader.Read())
                {
                }
            }
        }
        catch (XmlException ex)
        {
            var location = new SourceLocation(sourcePath, ex.LineNumber, ex.LinePosition);
            diagnostics.Add(new TemplateDiagnostic(DiagnosticSeverity.Error, TemplateDiagnosticCode.MalformedXml, "document",
                $"Malformed XML at {location}: {ex.Message}", location));
        }

        diagnostics.InsertRange(0, findings.Select(f =>
        {
            var location = new SourceLocation(sourcePath, f.LineNumber, f.LinePosition);
            return new TemplateDiagnostic(DiagnosticSeverity.Error, TemplateDiagnosticCode.SchemaViolation, "2022-09 XSD",
                $"Schema violation at {location}: {f.Message}", location);
        }));
        return diagnostics.ToValueList();
    }

    private static XmlSchemaSet LoadSchemas()
    {
        using var stream = typeof(PnpSchemaValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded schema '{ResourceName}' is missing from the assembly.");
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(XmlSchema.Read(stream, null)!);
        set.Compile();
        return set;
    }
}
