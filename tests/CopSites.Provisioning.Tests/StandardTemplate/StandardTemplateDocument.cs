using System.Xml.Linq;

namespace CopSites.Provisioning.Tests.StandardTemplate;

/// <summary>Read-only helpers over cop-workspace.xml, parsed with XDocument on purpose (no engine code).</summary>
internal sealed class StandardTemplateDocument
{
    public static readonly XNamespace Pnp = "http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema";

    public StandardTemplateDocument(XDocument document) => Document = document;

    public XDocument Document { get; }

    public static StandardTemplateDocument Load() => new(XDocument.Load(RepositoryLayout.StandardTemplate, LoadOptions.SetLineInfo));

    public XElement Template => Document.Descendants(Pnp + "ProvisioningTemplate").Single();

    public IEnumerable<XElement> SiteFields => Template.Element(Pnp + "SiteFields")!.Elements("Field");

    /// <summary>Site columns plus list-scoped columns (lookups).</summary>
    public IEnumerable<XElement> AllFields => Template.Descendants("Field").Where(f => f.Attribute("Type") is not null);

    public IEnumerable<XElement> Lists => Template.Element(Pnp + "Lists")!.Elements(Pnp + "ListInstance");

    public XElement List(string title) => Lists.Single(l => (string?)l.Attribute("Title") == title);

    public XElement Field(string internalName) => AllFields.Single(f => (string?)f.Attribute("Name") == internalName);

    public IReadOnlyList<string> Choices(string internalName) =>
        Field(internalName).Element("CHOICES")!.Elements("CHOICE").Select(c => c.Value).ToList();

    public IEnumerable<XElement> Pages => Template.Descendants(Pnp + "ClientSidePage");

    public IReadOnlyList<string> DeclaredParameters =>
        Document.Descendants(Pnp + "Parameter").Select(p => (string)p.Attribute("Key")!).ToList();
}
