using System.Xml.Linq;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Xml;
using CopSites.Provisioning.Tests.TestSupport;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Tests.Templates;

/// <summary>The project's own workspace template must be fully understood by the reader and the token catalogue.</summary>
public class CopWorkspaceTemplateTests
{
    private static string TemplatePath => Path.Combine(ReferencePaths.RepositoryRoot, "provisioning-templates", "cop-workspace.xml");

    [Fact]
    public void ReadFile_CopWorkspace_MapsEverythingWithoutFindings()
    {
        var result = TemplateReading.Read(TemplatePath);

        result.Succeeded.ShouldBeTrue(string.Join(Environment.NewLine, result.Diagnostics));
        result.SourceNamespace.ShouldBe(PnpNamespaces.V202209);
        result.Diagnostics.ShouldBeEmpty();
        result.Hierarchy!.Templates.ShouldNotBeEmpty();
    }

    [Fact]
    public void Write_CopWorkspace_RoundTripsToEqualModel()
    {
        var model = TemplateReading.ReadModel(TemplatePath);

        var reread = TemplateReading.ReadText(new PnpTemplateWriter().Write(model), TemplatePath);

        (reread.Hierarchy == model).ShouldBeTrue("cop-workspace.xml changes after read, write, read");
        reread.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Check_CopWorkspaceStrings_UseOnlyCataloguedTokens()
    {
        var resolver = new TokenResolver();
        var origin = new TokenOrigin("cop-workspace", "*", new SourceLocation(TemplatePath, 0, 0));
        var document = XDocument.Load(TemplatePath);
        var texts = document.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Concat(e.Nodes().OfType<XText>().Select(t => t.Value)));

        texts.SelectMany(t => resolver.Check(t, origin)).Select(e => e.Message).ShouldBeEmpty();
    }
}
