namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Maps <c>pnp:TermGroup</c> → <c>pnp:TermSet</c> → <c>pnp:Term</c> (recursive).</summary>
internal static class TermMapper
{
    public static TermGroup Group(ElementScope s)
    {
        var group = new TermGroup(s.Required("Name"), s.Guid("ID"), s.String("Description"), s.Bool("SiteCollectionTermGroup"),
            s.String("UpdateBehavior"), [], s.Location);
        var sets = new List<TermSet>();
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["TermSets"] = t => t.Children(new Dictionary<string, Action<ElementScope>> { ["TermSet"] = x => sets.Add(Set(x)) }),
        });
        return group with { TermSets = sets.ToValueList() };
    }

    private static TermSet Set(ElementScope s)
    {
        var set = new TermSet(s.Required("Name"), s.Guid("ID"), s.String("Description"), s.String("Owner"), s.Int("Language"),
            s.Bool("IsOpenForTermCreation"), s.Bool("IsAvailableForTagging"), [], [], s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["CustomProperties"] = p => set = set with { CustomProperties = CommonMapper.Properties(p) },
            ["Terms"] = t => set = set with { Terms = Terms(t) },
        });
        return set;
    }

    private static ValueList<Term> Terms(ElementScope container)
    {
        var terms = new List<Term>();
        container.Children(new Dictionary<string, Action<ElementScope>> { ["Term"] = t => terms.Add(Term(t)) });
        return terms.ToValueList();
    }

    private static Term Term(ElementScope s)
    {
        var term = new Term(s.Required("Name"), s.Guid("ID"), s.String("Description"), s.String("Owner"), s.Int("Language"),
            s.Int("CustomSortOrder"), s.Bool("IsAvailableForTagging"), s.Bool("IsDeprecated"), [], [], [], [], s.Location);
        s.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Terms"] = t => term = term with { Terms = Terms(t) },
            ["Labels"] = l => term = term with { Labels = Labels(l) },
            ["CustomProperties"] = p => term = term with { CustomProperties = CommonMapper.Properties(p) },
            ["LocalCustomProperties"] = p => term = term with { LocalCustomProperties = CommonMapper.Properties(p) },
        });
        return term;
    }

    private static ValueList<TermLabel> Labels(ElementScope container)
    {
        var labels = new List<TermLabel>();
        container.Children(new Dictionary<string, Action<ElementScope>>
        {
            ["Label"] = l => labels.Add(new TermLabel(l.Int("Language") ?? 0, l.Required("Value"), l.Bool("IsDefaultForLanguage"))),
        });
        return labels.ToValueList();
    }
}
