using System.Text;
using System.Xml;
using System.Xml.Linq;
using static CopSites.Provisioning.Templates.Xml.XmlParts;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>
/// Writes the template model as 2022-09 PnP provisioning XML (UTF-8, two-space indent, LF line ends).
/// Output is deterministic: writing the same model twice gives identical text, and reading the output
/// back gives an equal model.
/// </summary>
public sealed class PnpTemplateWriter
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the hierarchy as XML text.</summary>
    /// <param name="hierarchy">The model to write.</param>
    public string Write(ProvisioningHierarchy hierarchy)
    {
        using var stream = new MemoryStream();
        Write(hierarchy, stream);
        return new UTF8Encoding(false).GetString(stream.ToArray());
    }

    /// <summary>Writes the hierarchy as UTF-8 XML (no BOM) to a stream.</summary>
    /// <param name="hierarchy">The model to write.</param>
    /// <param name="output">Where to write; left open.</param>
    public void Write(ProvisioningHierarchy hierarchy, Stream output)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
            CloseOutput = false,
        };
        using var writer = XmlWriter.Create(output, settings);
        new XDocument(Root(hierarchy)).Save(writer);
    }

    private static XElement Root(ProvisioningHierarchy h)
    {
        var hasTemplates = h.TemplatesId is not null || h.Templates.Count + h.TemplateFiles.Count + h.TemplateReferences.Count > 0;
        var parameters = h.Parameters.Select(p => E("Parameter", A("Key", p.Key), A("Required", p.Required), p.Value));
        return E("Provisioning",
            new XAttribute(XNamespace.Xmlns + "pnp", Pnp.NamespaceName),
            h.Sequences.Any(s => s.SiteCollections.Count > 0) ? new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName) : null,
            A("Version", h.Version), A("Author", h.Author), A("Generator", h.Generator), A("ImagePreviewUrl", h.ImagePreviewUrl),
            A("DisplayName", h.DisplayName), A("Description", h.Description),
            h.Preferences is null && h.Parameters.Count == 0 ? null : E("Preferences",
                A("Version", h.Preferences?.Version), A("Author", h.Preferences?.Author), A("Generator", h.Preferences?.Generator),
                h.Parameters.Count == 0 ? null : E("Parameters", parameters)),
            NonEmpty("Localizations", h.Localizations, l => E("Localization", A("LCID", l.Lcid), A("Name", l.Name), A("ResourceFile", l.ResourceFile))),
            hasTemplates ? E("Templates", A("ID", h.TemplatesId),
                h.TemplateFiles.Select(f => E("ProvisioningTemplateFile", A("File", f.File), A("ID", f.Id))),
                h.TemplateReferences.Select(r => E("ProvisioningTemplateReference", A("ID", r))),
                h.Templates.Select(TemplateXml.Template)) : null,
            h.Sequences.Select(Sequence));
    }

    private static XElement Sequence(ProvisioningSequence s) => E("Sequence", A("ID", s.Id),
        NonEmpty("SiteCollections", s.SiteCollections, c => Site(c, "SiteCollection")),
        s.TermGroups is null ? null : E("TermStore", s.TermGroups.Select(TermXml.Group)));

    private static XElement Site(SequenceSite site, string elementName)
    {
        var templates = NonEmpty("Templates", site.TemplateReferences, r => E("ProvisioningTemplateReference", A("ID", r)));
        var sites = NonEmpty("Sites", site.Sites, s => Site(s, "Site"));

        // The schema orders a site collection's children Templates, Sites but a sub-site's Sites, Templates.
        object?[] children = elementName == "SiteCollection" ? [templates, sites] : [sites, templates];
        return E(elementName,
            site.Kind is null ? null : new XAttribute(Xsi + "type", $"pnp:{site.Kind}"),
            site.Attributes.Select(a => new XAttribute(a.Key, a.Value)),
            children);
    }
}
