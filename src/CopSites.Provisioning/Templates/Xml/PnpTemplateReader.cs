using System.Xml;
using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Options for <see cref="PnpTemplateReader"/>.</summary>
/// <param name="ValidateSchema">Validate 2022-09 documents against the embedded XSD (default on).</param>
public sealed record TemplateReadOptions(bool ValidateSchema = true);

/// <summary>
/// Reads PnP provisioning XML (every schema namespace from 2015-12 to 2022-09, UTF-8 or UTF-16) into
/// the CopSites template model. Never throws for bad input: problems come back as diagnostics, and
/// every element or attribute outside the model is reported as unsupported with its location.
/// </summary>
public sealed class PnpTemplateReader(TemplateReadOptions? options = null)
{
    private readonly TemplateReadOptions _options = options ?? new TemplateReadOptions();

    /// <summary>Reads a template file.</summary>
    /// <param name="path">Path of the file; diagnostics name it as given.</param>
    public TemplateReadResult ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var location = new SourceLocation(path, 0, 0);
            return Failed(new TemplateDiagnostic(DiagnosticSeverity.Error, TemplateDiagnosticCode.FileUnreadable, path,
                $"Cannot read template file '{path}': {ex.Message}", location));
        }

        return Read(bytes, path);
    }

    /// <summary>Reads a template from a stream; the encoding comes from the BOM or the XML declaration.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="sourcePath">Path used in locations and to resolve relative file sources.</param>
    public TemplateReadResult Read(Stream stream, string sourcePath)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), sourcePath);
    }

    private TemplateReadResult Read(byte[] bytes, string sourcePath)
    {
        XDocument document;
        try
        {
            document = SafeXml.LoadDocument(bytes, LoadOptions.SetLineInfo, ignoreWhitespace: true);
        }
        catch (XmlException ex)
        {
            var location = new SourceLocation(sourcePath, ex.LineNumber, ex.LinePosition);
            return Failed(new TemplateDiagnostic(DiagnosticSeverity.Error, TemplateDiagnosticCode.MalformedXml, "document",
                $"Malformed XML at {location}: {ex.Message}", location));
        }

        var root = document.Root!;
        var rootProblem = CheckRoot(root, sourcePath);
        if (rootProblem is not null)
        {
            return new TemplateReadResult(null, [rootProblem], root.Name.NamespaceName);
        }

        var context = new ReadContext(sourcePath, root.Name.Namespace);
        var scope = new ElementScope(root, context);
        var hierarchy = HierarchyMapper.Map(scope);
        scope.ReportUnreadAttributes();
        var diagnostics = context.Diagnostics.ToList();
        if (_options.ValidateSchema)
        {
            diagnostics.AddRange(Validate(bytes, root, sourcePath));
        }

        return new TemplateReadResult(hierarchy, diagnostics.ToValueList(), root.Name.NamespaceName);
    }

    private static IEnumerable<TemplateDiagnostic> Validate(byte[] bytes, XElement root, string sourcePath)
    {
        if (root.Name.NamespaceName == PnpNamespaces.V202209)
        {
            return PnpSchemaValidator.Validate(new MemoryStream(bytes), sourcePath);
        }

        var location = new SourceLocation(sourcePath, 1, 1);
        return
        [
            new TemplateDiagnostic(DiagnosticSeverity.Info, TemplateDiagnosticCode.SchemaNotValidated, root.Name.NamespaceName,
                $"{sourcePath} uses namespace '{root.Name.NamespaceName}'; only 2022-09 documents are validated against an XSD. " +
                "The mapped model can be checked by writing it as 2022-09 and validating that.", location),
        ];
    }

    private static TemplateDiagnostic? CheckRoot(XElement root, string sourcePath)
    {
        var ns = root.Name.NamespaceName;
        var location = new SourceLocation(sourcePath, ((IXmlLineInfo)root).LineNumber, ((IXmlLineInfo)root).LinePosition);
        if (!PnpNamespaces.IsSupported(ns))
        {
            var found = ns.Length == 0 ? "no namespace" : $"namespace '{ns}'";
            return new TemplateDiagnostic(DiagnosticSeverity.Error, TemplateDiagnosticCode.UnknownNamespace, ns,
                $"Root element '{root.Name.LocalName}' at {location} is in {found}, which is not a PnP provisioning schema. " +
                $"Supported namespaces: {string.Join(", ", PnpNamespaces.Supported)}.", location);
        }

        if (root.Name.LocalName is not ("Provisioning" or "ProvisioningTemplate"))
        {
            return new TemplateDiagnostic(DiagnosticSeverity.Error, TemplateDiagnosticCode.UnexpectedRoot, root.Name.LocalName,
                $"Root element '{root.Name.LocalName}' at {location} must be 'Provisioning' or 'ProvisioningTemplate'.", location);
        }

        return null;
    }

    private static TemplateReadResult Failed(TemplateDiagnostic diagnostic) => new(null, [diagnostic], null);
}
