using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Xml;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Templates;

public class PnpSchemaValidatorTests
{
    [Fact]
    public void Validate_FullSample_HasNoViolations()
    {
        using var stream = File.OpenRead(ReferencePaths.FullSample);

        PnpSchemaValidator.Validate(stream, ReferencePaths.FullSample).ShouldBeEmpty();
    }

    [Fact]
    public void Read_2022DocumentBreakingXsd_ReportsViolationsWithLineAndColumn()
    {
        var xml = $"<pnp:Provisioning xmlns:pnp=\"{PnpNamespaces.V202209}\">\n  <pnp:Templates>\n    <pnp:ProvisioningTemplate ID=\"T\">\n      <pnp:Lists>\n        <pnp:ListInstance Title=\"No url\" TemplateType=\"abc\" />\n      </pnp:Lists>\n    </pnp:ProvisioningTemplate>\n  </pnp:Templates>\n</pnp:Provisioning>";

        var result = TemplateReading.ReadText(xml, "bad.xml");

        var violations = result.Diagnostics.Where(d => d.Code == TemplateDiagnosticCode.SchemaViolation).ToList();
        violations.ShouldNotBeEmpty();
        violations.ShouldAllBe(v => v.Severity == DiagnosticSeverity.Error && v.Location.FilePath == "bad.xml");
        violations.ShouldContain(v => v.Location.Line == 5 && v.Location.Column > 1 && v.Message.Contains("TemplateType"));
        violations.ShouldContain(v => v.Location.Line == 5 && v.Message.Contains("Url"));
        result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Read_OlderNamespace_SaysSchemaWasNotValidated()
    {
        var result = TemplateReading.Read(ReferencePaths.CommunityTemplate("sp-starter-kit_portal.xml"));

        var info = result.Diagnostics.Single(d => d.Code == TemplateDiagnosticCode.SchemaNotValidated);
        info.Severity.ShouldBe(DiagnosticSeverity.Info);
        info.Message.ShouldContain("2018/01");
        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Read_ValidationSwitchedOff_ReportsNoSchemaFindings()
    {
        var xml = $"<pnp:ProvisioningTemplate ID=\"T\" xmlns:pnp=\"{PnpNamespaces.V202209}\"><pnp:Lists><pnp:ListInstance Title=\"x\" Url=\"y\" TemplateType=\"100\"><pnp:Bogus/></pnp:ListInstance></pnp:Lists></pnp:ProvisioningTemplate>";

        var result = new PnpTemplateReader(new TemplateReadOptions(ValidateSchema: false))
            .Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)), "x.xml");

        result.Diagnostics.ShouldNotContain(d => d.Code == TemplateDiagnosticCode.SchemaViolation);
        result.UnsupportedElements.ShouldBe(["pnp:Bogus"]);
    }
}
