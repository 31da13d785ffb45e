using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Extraction;

/// <summary>What extracting a site produced: the template (ready for <c>PnpTemplateWriter</c>) and what it leaves out.</summary>
/// <param name="Hierarchy">A provisioning file holding the one extracted template.</param>
/// <param name="Warnings">What the template will not recreate, or not exactly, one sentence each.</param>
public sealed record ExtractionResult(ProvisioningHierarchy Hierarchy, IReadOnlyList<string> Warnings)
{
    /// <summary>The extracted template.</summary>
    public ProvisioningTemplate Template => Hierarchy.Templates[0];

    /// <summary>How many objects of each kind the template holds.</summary>
    public ExtractionCounts Counts => ExtractionCounts.Of(Template);
}

/// <summary>How many objects of each kind an extracted template holds.</summary>
public sealed record ExtractionCounts(
    int Lists,
    int SiteColumns,
    int ListColumns,
    int ContentTypes,
    int Views,
    int TermSets,
    int Terms,
    int Pages,
    int WebParts,
    int NavigationNodes)
{
    /// <summary>Counts the objects of a template.</summary>
    public static ExtractionCounts Of(ProvisioningTemplate template) => new(
        template.Lists.Count,
        template.SiteFields.Count,
        template.Lists.Sum(l => l.Fields.Count + l.FieldRefs.Count),
        template.ContentTypes.Count,
        template.Lists.Sum(l => l.Views.Count),
        template.TermGroups.Sum(g => g.TermSets.Count),
        template.TermGroups.SelectMany(g => g.TermSets).Sum(s => TermCount(s.Terms)),
        template.ClientSidePages.Count,
        template.ClientSidePages.SelectMany(p => p.Sections).SelectMany(s => s.Columns).Sum(c => c.Controls.Count),
        NodeCount(template.Navigation?.QuickLaunch?.Nodes) + NodeCount(template.Navigation?.TopNavigationBar?.Nodes));

    private static int TermCount(IEnumerable<Term> terms) => terms.Sum(t => 1 + TermCount(t.Terms));

    private static int NodeCount(IEnumerable<NavigationNode>? nodes) => nodes?.Sum(n => 1 + NodeCount(n.Children)) ?? 0;
}
