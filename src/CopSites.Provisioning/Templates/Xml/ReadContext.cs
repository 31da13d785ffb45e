using System.Xml;
using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>State shared by the mappers while one file is read: its path, namespace and findings.</summary>
internal sealed class ReadContext(string filePath, XNamespace pnp)
{
    private readonly List<TemplateDiagnostic> _diagnostics = [];

    public string FilePath { get; } = filePath;

    public XNamespace Pnp { get; } = pnp;

    public IReadOnlyList<TemplateDiagnostic> Diagnostics => _diagnostics;

    public SourceLocation LocationOf(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new SourceLocation(FilePath, info.LineNumber, info.LinePosition)
            : new SourceLocation(FilePath, 0, 0);

    /// <summary>Names an element the way a template author writes it: <c>pnp:Lists</c>, or plain for CAML.</summary>
    public string DisplayName(XElement element) =>
        element.Name.Namespace == Pnp ? $"pnp:{element.Name.LocalName}"
        : element.Name.Namespace == XNamespace.None ? element.Name.LocalName
        : element.Name.ToString();

    public void Report(DiagnosticSeverity severity, TemplateDiagnosticCode code, string subject, string message, SourceLocation location) =>
        _diagnostics.Add(new TemplateDiagnostic(severity, code, subject, message, location));

    public void ReportUnsupported(XElement element)
    {
        var name = DisplayName(element);
        var location = LocationOf(element);
        Report(
            DiagnosticSeverity.Warning,
            TemplateDiagnosticCode.UnsupportedElement,
            name,
            $"Element '{name}' at {location} is not supported by CopSites and will not be provisioned.",
            location);
    }
}
