using System.Xml;
using System.Xml.Linq;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Xml;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Templates;

/// <summary>
/// Proves that no element of a reference template is silently dropped: every element is either
/// reported as unsupported (itself or an ancestor) or comes back out of the writer.
/// </summary>
public class PnpTemplateReaderCoverageTests
{
    // The writer always wraps templates in these; a bare ProvisioningTemplate root has neither.
    private static readonly string[] Wrappers = ["Provisioning", "Templates"];

    public static TheoryData<string> Templates => TemplateReading.AllReferenceTemplates();

    [Theory]
    [MemberData(nameof(Templates))]
    public void ReadFile_ReferenceTemplate_EveryElementIsMappedOrReportedUnsupported(string name)
    {
        var path = TemplateReading.PathOf(name);
        var result = TemplateReading.Read(path);
        result.Errors.ShouldBeEmpty();
        var unsupported = result.Diagnostics
            .Where(d => d.Code == TemplateDiagnosticCode.UnsupportedElement)
            .Select(d => (d.Location.Line, d.Location.Column))
            .ToHashSet();
        var source = XDocument.Load(path, LoadOptions.SetLineInfo);
        var written = XDocument.Parse(new PnpTemplateWriter().Write(result.Hierarchy!));

        var kept = Count(source.Root!.DescendantsAndSelf().Where(e => !e.AncestorsAndSelf().Any(a => unsupported.Contains(Position(a)))));
        var output = Count(written.Root!.DescendantsAndSelf());

        var differences = kept.Keys.Union(output.Keys)
            .Where(k => kept.GetValueOrDefault(k) != output.GetValueOrDefault(k))
            .Select(k => $"{k}: source {kept.GetValueOrDefault(k)}, written {output.GetValueOrDefault(k)}");
        differences.ShouldBeEmpty($"{name}: elements neither written back nor reported unsupported");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void ReadFile_ReferenceTemplate_UnsupportedDiagnosticsNameElementAndLine(string name)
    {
        var result = TemplateReading.Read(TemplateReading.PathOf(name));

        foreach (var diagnostic in result.Diagnostics.Where(d => d.Code is TemplateDiagnosticCode.UnsupportedElement or TemplateDiagnosticCode.UnsupportedAttribute))
        {
            diagnostic.Location.Line.ShouldBeGreaterThan(0);
            diagnostic.Location.Column.ShouldBeGreaterThan(0);
            diagnostic.Message.ShouldContain(diagnostic.Subject.Split("/@")[^1].Replace("pnp:", string.Empty, StringComparison.Ordinal));
            diagnostic.Message.ShouldContain($"{diagnostic.Location.Line}:{diagnostic.Location.Column}");
        }
    }

    private static (int, int) Position(XElement element) =>
        (((IXmlLineInfo)element).LineNumber, ((IXmlLineInfo)element).LinePosition);

    private static Dictionary<string, int> Count(IEnumerable<XElement> elements) =>
        elements
            .Where(e => !Wrappers.Contains(e.Name.LocalName) && HasContent(e))
            .GroupBy(e => e.Name.LocalName)
            .ToDictionary(g => g.Key, g => g.Count());

    // Empty containers (e.g. <pnp:ContentTypes/>) carry nothing and are not written back.
    private static bool HasContent(XElement e) =>
        e.Attributes().Any(a => !a.IsNamespaceDeclaration) || e.HasElements || !string.IsNullOrWhiteSpace(e.Value);
}
