using System.Diagnostics;
using System.Xml;
using System.Xml.Schema;

namespace CopSites.Provisioning.Tests.StandardTemplate;

public class SchemaValidationTests
{
    [Fact]
    public async Task StandardTemplate_ValidatesWithXmllint()
    {
        File.Exists(RepositoryLayout.PnpSchema).ShouldBeTrue($"PnP schema not found at {RepositoryLayout.PnpSchema}");
        var startInfo = new ProcessStartInfo("xmllint")
        {
            ArgumentList = { "--noout", "--schema", RepositoryLayout.PnpSchema, RepositoryLayout.StandardTemplate },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("xmllint did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            // Deliberately a failure, not a skip: schema validity of the template is part of the contract.
            throw new InvalidOperationException(
                "xmllint is not installed, so the template cannot be validated. Install libxml2-utils (apt-get install -y libxml2-utils).", ex);
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            process.ExitCode.ShouldBe(0, await stderr + await stdout);
            (await stderr).ShouldContain("validates");
        }
    }

    [Fact]
    public void StandardTemplate_ValidatesWithSystemXmlSchema()
    {
        var schemas = new XmlSchemaSet();
        using (var xsd = XmlReader.Create(RepositoryLayout.PnpSchema))
        {
            schemas.Add(null, xsd);
        }

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add($"({e.Exception.LineNumber},{e.Exception.LinePosition}): {e.Message}");
            }
        };

        using (var reader = XmlReader.Create(RepositoryLayout.StandardTemplate, settings))
        {
            while (reader.Read())
            {
            }
        }

        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors));
    }
}
