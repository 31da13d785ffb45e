namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Maps one <c>pnp:ProvisioningTemplate</c>; every child without a handler here is reported unsupported.</summary>
internal static class TemplateMapper
{
    public static ProvisioningTemplate Map(ElementScope scope)
    {
        var template = ProvisioningTemplate.Create(scope.Required("ID")) with
        {
            Version = scope.String("Version"),
            BaseSiteTemplate = scope.String("BaseSiteTemplate"),
            Scope = scope.String("Scope"),
            DisplayName = scope.String("DisplayName"),
            Description = scope.String("Description"),
            ImagePreviewUrl = scope.String("ImagePreviewUrl"),
            TemplateCultureInfo = scope.String("TemplateCultureInfo"),
            Location = scope.Location,
        };
        var fields = new List<FieldDefinition>();
        var contentTypes = new List<ContentTypeDefinition>();
        var lists = new List<ListInstance>();
        var files = new List<TemplateFile>();
        var termGroups = new List<TermGroup>();
        var pages = new List<ClientSidePage>();

        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Properties"] = p => template = template with { Properties = CommonMapper.Properties(p) },
            ["WebSettings"] = w => template = template with { WebSettings = SiteMapper.WebSettings(w) },
            ["PropertyBagEntries"] = p => template = template with { PropertyBagEntries = SiteMapper.PropertyBag(p) },
            ["Security"] = s => template = template with { Security = SiteMapper.Security(s) },
            ["Navigation"] = n => template = template with { Navigation = SiteMapper.Navigation(n) },
            ["SiteFields"] = f => fields.AddRange(CamlMapper.Fields(f)),
            ["ContentTypes"] = c => c.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["ContentType"] = ct => contentTypes.Add(ListMapper.ContentType(ct)),
            }),
            ["Lists"] = l => l.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["ListInstance"] = li => lists.Add(ListMapper.List(li)),
            }),
            ["Files"] = f => f.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["File"] = file => files.Add(File(file)),
            }),
            ["TermGroups"] = t => t.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["TermGroup"] = g => termGroups.Add(TermMapper.Group(g)),
            }),
            ["ClientSidePages"] = c => c.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["ClientSidePage"] = p => pages.Add(PageMapper.Page(p)),
            }),
            ["Header"] = h => template = template with { Header = SiteMapper.Header(h) },
            ["Footer"] = f => template = template with { Footer = SiteMapper.Footer(f) },
        });

        return template with
        {
            SiteFields = fields.ToValueList(),
            ContentTypes = contentTypes.ToValueList(),
            Lists = lists.ToValueList(),
            Files = files.ToValueList(),
            TermGroups = termGroups.ToValueList(),
            ClientSidePages = pages.ToValueList(),
        };
    }

    private static TemplateFile File(ElementScope scope)
    {
        var file = new TemplateFile(scope.Required("Src"), scope.Required("Folder"), scope.Bool("Overwrite"),
            scope.String("Level"), scope.String("TargetFileName"), [], scope.Location);
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Properties"] = p => file = file with { Properties = CommonMapper.Properties(p) },
        });
        return file;
    }
}
