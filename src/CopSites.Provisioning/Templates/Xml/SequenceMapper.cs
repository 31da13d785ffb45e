using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Maps <c>pnp:Sequence</c>: site collections (with their template references) and the term store.</summary>
internal static class SequenceMapper
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static ProvisioningSequence Map(ElementScope scope)
    {
        var id = scope.Required("ID");
        var sites = new List<SequenceSite>();
        ValueList<TermGroup>? termGroups = null;
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["SiteCollections"] = c => c.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["SiteCollection"] = s => sites.Add(Site(s)),
            }),
            ["TermStore"] = t =>
            {
                var groups = new List<TermGroup>();
                t.Children(new Dictionary<string, Action<ElementScope>> { ["TermGroup"] = g => groups.Add(TermMapper.Group(g)) });
                termGroups = groups.ToValueList();
            },
        });
        return new ProvisioningSequence(id, sites.ToValueList(), termGroups, scope.Location);
    }

    private static SequenceSite Site(ElementScope scope)
    {
        var kind = KindOf(scope.Element);
        var attributes = scope.Element.Attributes()
            .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != Xsi)
            .Select(a =>
            {
                scope.String(a.Name.LocalName);
                return new TemplateProperty(a.Name.LocalName, a.Value);
            })
            .ToValueList();
        var templates = new List<string>();
        var children = new List<SequenceSite>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Templates"] = t => t.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["ProvisioningTemplateReference"] = r => templates.Add(r.Required("ID")),
            }),
            ["Sites"] = s => s.Children(new Dictionary<string, Action<ElementScope>> { ["Site"] = x => children.Add(Site(x)) }),
        });
        return new SequenceSite(kind, attributes, templates.ToValueList(), children.ToValueList(), scope.Location);
    }

    private static string? KindOf(XElement element)
    {
        var type = element.Attribute(Xsi + "type")?.Value;
        if (type is null)
        {
            return null;
        }

        var colon = type.IndexOf(':');
        return colon < 0 ? type : type[(colon + 1)..];
    }
}
