using System.Xml;
using System.Xml.Linq;
using CopSites.Provisioning.Tokens;

using CopSites.Provisioning.Templates.Xml;

namespace CopSites.Provisioning.Templates.Validation;

/// <summary>
/// Finds the token problems no site can fix (unknown, unsupported or malformed tokens) in every attribute and text of
/// a template file, each with its element and line, before anything is read from or written to a tenant.
/// </summary>
public static class TemplateTokenCheck
{
    /// <summary>The token errors of the template at <paramref name="path"/>; empty when every token is known.</summary>
    public static IReadOnlyList<TokenError> Check(string path, TokenResolver? resolver = null)
    {
        resolver ??= new TokenResolver();
        XDocument document;
        try
        {
            document = SafeXml.LoadDocument(File.ReadAllBytes(path), LoadOptions.SetLineInfo);
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            // Malformed XML is the reader's to report, with its position.
            return [];
        }

        var templateId = "(file)";
        var errors = new List<TokenError>();
        foreach (var element in document.Descendants())
        {
            if (element.Name.LocalName == "ProvisioningTemplate" && element.Attribute("ID") is { } id)
            {
                templateId = id.Value;
            }

            var line = (IXmlLineInfo)element;
            var origin = new TokenOrigin(templateId, element.Name.LocalName, new SourceLocation(path, line.LineNumber, line.LinePosition));
            foreach (var attribute in element.Attributes().Where(a => a.Value.Contains('{')))
            {
                errors.AddRange(resolver.Check(attribute.Value, origin));
            }

            foreach (var text in element.Nodes().OfType<XText>().Where(t => t.Value.Contains('{')))
            {
                errors.AddRange(resolver.Check(text.Value, origin));
            }
        }

        return errors;
    }
}
