using System.Xml.Linq;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Maps the root element (<c>pnp:Provisioning</c> or a bare <c>pnp:ProvisioningTemplate</c>).</summary>
internal static class HierarchyMapper
{
    public static ProvisioningHierarchy Map(ElementScope root)
    {
        if (root.Element.Name.LocalName == "ProvisioningTemplate")
        {
            var template = TemplateMapper.Map(root);
            return new ProvisioningHierarchy(null, null, null, null, null, null, null, [], [], null,
                [template], [], [], [], root.Location);
        }

        var (author, generator, version) = (root.String("Author"), root.String("Generator"), root.String("Version"));
        var (displayName, description, preview) = (root.String("DisplayName"), root.String("Description"), root.String("ImagePreviewUrl"));
        ProvisioningPreferences? preferences = null;
        var parameters = new List<TemplateParameter>();
        var localizations = new List<TemplateLocalization>();
        string? templatesId = null;
        var templates = new List<ProvisioningTemplate>();
        var files = new List<ProvisioningTemplateFileReference>();
        var references = new List<string>();
        var sequences = new List<ProvisioningSequence>();

        root.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Preferences"] = p =>
            {
                var (prefAuthor, prefVersion, prefGenerator) = (p.String("Author"), p.String("Version"), p.String("Generator"));

                // An attribute-less Preferences element only carries parameters, which live on the hierarchy.
                preferences = prefAuthor is null && prefVersion is null && prefGenerator is null
                    ? null
                    : new ProvisioningPreferences(prefAuthor, prefVersion, prefGenerator);
                p.Children(new Dictionary<string, Action<ElementScope>>
                {
                    ["Parameters"] = ps => ps.Children(new Dictionary<string, Action<ElementScope>>
                    {
                        ["Parameter"] = x => parameters.Add(new TemplateParameter(x.Required("Key"), x.Element.Value, x.Bool("Required"), x.Location)),
                    }),
                });
            },
            ["Localizations"] = l => l.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["Localization"] = x => localizations.Add(new TemplateLocalization(
                    x.Int("LCID") ?? 0, x.Required("Name"), x.Required("ResourceFile"), x.Location)),
            }),
            ["Templates"] = t =>
            {
                templatesId ??= t.String("ID");
                t.Children(new Dictionary<string, Action<ElementScope>>
                {
                    ["ProvisioningTemplate"] = x => templates.Add(TemplateMapper.Map(x)),
                    ["ProvisioningTemplateFile"] = x => files.Add(new ProvisioningTemplateFileReference(x.Required("File"), x.Required("ID"), x.Location)),
                    ["ProvisioningTemplateReference"] = x => references.Add(x.Required("ID")),
                });
            },
            ["Sequence"] = s => sequences.Add(SequenceMapper.Map(s)),
        });

        return new ProvisioningHierarchy(author, generator, version, displayName, description, preview, preferences,
            parameters.ToValueList(), localizations.ToValueList(), templatesId, templates.ToValueList(), files.ToValueList(),
            references.ToValueList(), sequences.ToValueList(), root.Location);
    }
}
