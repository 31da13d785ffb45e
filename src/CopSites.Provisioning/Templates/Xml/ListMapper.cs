namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Maps <c>pnp:ListInstance</c> and <c>pnp:ContentType</c> with their children.</summary>
internal static class ListMapper
{
    public static ListInstance List(ElementScope s)
    {
        var list = new ListInstance(s.Required("Title"), s.Required("Url"), s.Int("TemplateType") ?? 0, s.String("Description"),
            s.Bool("OnQuickLaunch"), s.Bool("Hidden"), s.Bool("EnableVersioning"), s.Bool("EnableMinorVersions"),
            s.Int("MaxVersionLimit"), s.Int("MinorVersionLimit"), s.Bool("EnableModeration"), s.Int("DraftVersionVisibility"),
            s.Bool("ForceCheckout"), s.Bool("EnableAttachments"), s.Bool("EnableFolderCreation"), s.Bool("ContentTypesEnabled"),
            s.Bool("RemoveExistingContentTypes"), s.String("ListExperience"), s.Bool("NoCrawl"), null,
            [], [], [], [], null, [], [], s.Location);
        var bindings = new List<ContentTypeBinding>();
        var fieldRefs = new List<ListFieldRef>();
        var defaults = new List<FieldDefault>();
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["ContentTypeBindings"] = c => c.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["ContentTypeBinding"] = b => bindings.Add(new ContentTypeBinding(b.Required("ContentTypeID"), b.Bool("Default"),
                    b.Bool("Remove"), b.Bool("Hidden"), b.Location)),
            }),
            ["Views"] = v => list = list with { RemoveExistingViews = v.Bool("RemoveExistingViews"), Views = CamlMapper.Views(v).ToValueList() },
            ["Fields"] = f => list = list with { Fields = CamlMapper.Fields(f).ToValueList() },
            ["FieldRefs"] = f => f.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["FieldRef"] = r => fieldRefs.Add(new ListFieldRef(r.Required("ID"), r.String("Name"), r.String("DisplayName"),
                    r.Bool("Required"), r.Bool("Hidden"), r.Bool("Remove"), r.Location)),
            }),
            ["DataRows"] = d => list = list with { DataRows = DataRows(d) },
            ["FieldDefaults"] = f => f.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["FieldDefault"] = x => defaults.Add(new FieldDefault(x.Required("FieldName"), x.Element.Value, x.Location)),
            }),
            ["Folders"] = f => list = list with { Folders = Folders(f) },
        });
        return list with
        {
            ContentTypeBindings = bindings.ToValueList(),
            FieldRefs = fieldRefs.ToValueList(),
            FieldDefaults = defaults.ToValueList(),
        };
    }

    public static ContentTypeDefinition ContentType(ElementScope s)
    {
        var contentType = new ContentTypeDefinition(s.Required("ID"), s.Required("Name"), s.String("Description"), s.String("Group"),
            s.Bool("Hidden"), s.Bool("Sealed"), s.Bool("ReadOnly"), s.Bool("Overwrite"), s.Bool("UpdateChildren"), [], s.Location);
        var refs = new List<ContentTypeFieldRef>();
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["FieldRefs"] = f => f.Children(new Dictionary<string, Action<ElementScope>>
            {
                ["FieldRef"] = r => refs.Add(new ContentTypeFieldRef(r.Required("ID"), r.String("Name"), r.Bool("Required"),
                    r.Bool("Hidden"), r.Bool("UpdateChildren"), r.Location)),
            }),
        });
        return contentType with { FieldRefs = refs.ToValueList() };
    }

    private static DataRowSet DataRows(ElementScope s)
    {
        var (keyColumn, behavior, location) = (s.String("KeyColumn"), s.String("UpdateBehavior"), s.Location);
        var rows = new List<DataRow>();
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["DataRow"] = r =>
            {
                var key = r.String("Key");
                var values = new List<FieldValue>();
                r.Children(new Dictionary<string, Action<ElementScope>>
                {
                    ["DataValue"] = v => values.Add(new FieldValue(v.Required("FieldName"), v.Element.Value)),
                });
                rows.Add(new DataRow(key, values.ToValueList(), r.Location));
            },
        });
        return new DataRowSet(keyColumn, behavior, rows.ToValueList(), location);
    }

    private static ValueList<ListFolder> Folders(ElementScope scope)
    {
        var folders = new List<ListFolder>();
        scope.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Folder"] = f =>
            {
                var (name, contentType, location) = (f.Required("Name"), f.String("ContentTypeID"), f.Location);
                folders.Add(new ListFolder(name, contentType, Folders(f), location));
            },
        });
        return folders.ToValueList();
    }
}
