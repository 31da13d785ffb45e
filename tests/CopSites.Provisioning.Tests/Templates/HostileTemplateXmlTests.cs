using System.Text;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Templates.Validation;
using CopSites.Provisioning.Templates.Xml;
using CopSites.Provisioning.Tests.TestSupport;

namespace CopSites.Provisioning.Tests.Templates;

/// <summary>Templates built to attack the XML reader: refused at once, naming the limit and the place, leaking nothing.</summary>
public sealed class HostileTemplateXmlTests : IDisposable
{
    private const string Ns = "http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Template(string body) =>
        $"<?xml version=\"1.0\"?>\n<pnp:ProvisioningTemplate ID=\"T\" xmlns:pnp=\"{Ns}\">\n{body}\n</pnp:ProvisioningTemplate>";

    private string Save(string xml) => _folder.File("t.xml", xml);

    [Fact]
    public void DeepNestingInsideAFieldsCaml_IsRefusedNamingTheLimitAndLine()
    {
        // 10,000 levels took 5 s and 100,000 more than 7 minutes before the limit.
        var depth = 100_000;
        var caml = string.Concat(Enumerable.Repeat("<And>", depth)) + string.Concat(Enumerable.Repeat("</And>", depth));
        var path = Save(Template($"<pnp:SiteFields>\n<Field ID=\"{{{Guid.NewGuid()}}}\" Name=\"Deep\" Type=\"Text\"><Default>{caml}</Default></Field>\n</pnp:SiteFields>"));

        var result = TemplateReading.Read(path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(TemplateDiagnosticCode.MalformedXml);
        error.Message.ShouldContain($"nest deeper than {SafeXml.MaxDepth} levels");
        error.Location.Line.ShouldBe(4);
    }

    [Fact]
    public void AFieldWithMegabytesOfCaml_IsRefusedWithItsLine_BeforeItIsParsedAgainAtEveryPass()
    {
        // 900,000 small children: under the element limit, but parsed again at every planning pass (4 s, 470 MB before).
        var wide = string.Concat(Enumerable.Repeat("<b x=\"wwwwwwww\"/>", 900_000));
        var path = Save(Template($"<pnp:SiteFields>\n<Field ID=\"{{{Guid.NewGuid()}}}\" Name=\"Wide\" Type=\"Text\">{wide}</Field>\n</pnp:SiteFields>"));

        var result = TemplateReading.Read(path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(TemplateDiagnosticCode.OverLimit);
        error.Message.ShouldContain("Field[@Name='Wide']");
        error.Message.ShouldContain($"over the limit of {SafeXml.MaxFragmentCharacters:N0}");
        error.Location.Line.ShouldBe(4);
        result.Hierarchy?.Templates.SelectMany(t => t.SiteFields).ShouldBeEmpty();
    }

    [Fact]
    public void ATemplateOverSixteenMebibytes_IsRefusedBeforeParsing()
    {
        var path = Save(Template($"<pnp:WebSettings Title=\"{new string('h', 17 * 1024 * 1024)}\" />"));

        var result = TemplateReading.Read(path);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain($"over the limit of {SafeXml.MaxCharacters:N0}");
    }

    [Fact]
    public void AnInternalEntity_IsNeverExpanded_NotEvenInTheTokenCheck()
    {
        var xml = Template("<pnp:WebSettings Title=\"{bogus:LEAK&leak;LEAK}\" />")
            .Replace("<?xml version=\"1.0\"?>\n", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY leak \"[INTERNAL-EXPANDED]\">]>\n", StringComparison.Ordinal);
        var path = Save(xml);

        var read = TemplateReading.Read(path);
        var tokens = TemplateTokenCheck.Check(path);

        var error = read.Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("DTDs and entity declarations are not allowed");
        error.Message.ShouldNotContain("DtdProcessing");
        (error.Location.Line, error.Location.Column).ShouldBe((2, 1));
        string.Join('\n', tokens.Select(t => t.Message)).ShouldNotContain("INTERNAL-EXPANDED");
    }

    [Fact]
    public void AnExternalEntity_IsNeverFetched()
    {
        var secret = _folder.File("secret.txt", "TOP-SECRET");
        var xml = Template("<pnp:WebSettings Title=\"&xxe;\" />")
            .Replace("<?xml version=\"1.0\"?>\n", $"<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{secret}\">]>\n", StringComparison.Ordinal);

        var result = TemplateReading.Read(Save(xml));

        result.Succeeded.ShouldBeFalse();
        string.Join('\n', result.Diagnostics.Select(d => d.Message)).ShouldNotContain("TOP-SECRET");
    }

    [Fact]
    public void XInclude_IsNotProcessed()
    {
        var secret = _folder.File("secret.xml", "<pnp:WebSettings xmlns:pnp=\"" + Ns + "\" Title=\"TOP-SECRET\" />");
        var path = Save(Template($"<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"{secret}\" />"));

        var result = TemplateReading.Read(path);

        string.Join('\n', result.Diagnostics.Select(d => d.Message)).ShouldNotContain("TOP-SECRET");
        result.Hierarchy?.Templates.SelectMany(t => new[] { t.WebSettings?.Title }).ShouldNotContain("TOP-SECRET");
    }

    [Fact]
    public void TooManyElements_AreRefusedNamingTheLimit()
    {
        var many = new StringBuilder("<pnp:PropertyBagEntries>");
        for (var i = 0; i <= SafeXml.MaxElements; i++)
        {
            many.Append("<a/>");
        }

        var error = TemplateReading.Read(Save(Template(many.Append("</pnp:PropertyBagEntries>").ToString()))).Errors.ShouldHaveSingleItem();

        error.Message.ShouldContain("more than 1,000,000 elements");
    }

    [Fact]
    public void CamlParsedLater_GoesThroughTheSameLimits()
    {
        var caml = string.Concat(Enumerable.Repeat("<Or>", SafeXml.MaxDepth + 1)) + string.Concat(Enumerable.Repeat("</Or>", SafeXml.MaxDepth + 1));

        Should.Throw<System.Xml.XmlException>(() => SafeXml.ParseElement(caml)).Message.ShouldContain("nest deeper");
        Should.Throw<System.Xml.XmlException>(() => SafeXml.ParseElement("<!DOCTYPE a [<!ENTITY b \"c\">]><a>&b;</a>")).Message.ShouldContain("DTDs");
    }
}
