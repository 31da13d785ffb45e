using System.Xml.Linq;
using static CopSites.Provisioning.Templates.Xml.XmlParts;

namespace CopSites.Provisioning.Templates.Xml;

/// <summary>Writes <c>pnp:TermGroup</c> → <c>pnp:TermSet</c> → <c>pnp:Term</c>.</summary>
internal static class TermXml
{
    public static XElement Group(TermGroup g) => E("TermGroup",
        A("Name", g.Name), A("ID", g.Id), A("Description", g.Description), A("SiteCollectionTermGroup", g.SiteCollectionTermGroup),
        A("UpdateBehavior", g.UpdateBehavior),
        E("TermSets", g.TermSets.Select(Set)));

    private static XElement Set(TermSet s) => E("TermSet",
        A("Name", s.Name), A("ID", s.Id), A("Owner", s.Owner), A("Description", s.Description),
        A("IsAvailableForTagging", s.IsAvailableForTagging), A("Language", s.Language), A("IsOpenForTermCreation", s.IsOpenForTermCreation),
        NonEmpty("CustomProperties", s.CustomProperties, p => Properties([p]).Single()),
        NonEmpty("Terms", s.Terms, Term));

    private static XElement Term(Term t) => E("Term",
        A("Name", t.Name), A("ID", t.Id), A("Owner", t.Owner), A("Description", t.Description),
        A("IsAvailableForTagging", t.IsAvailableForTagging), A("Language", t.Language), A("CustomSortOrder", t.CustomSortOrder),
        A("IsDeprecated", t.IsDeprecated),
        NonEmpty("Terms", t.Terms, Term),
        NonEmpty("Labels", t.Labels, l => E("Label", A("Language", l.Language), A("Value", l.Value), A("IsDefaultForLanguage", l.IsDefaultForLanguage))),
        NonEmpty("CustomProperties", t.CustomProperties, p => Properties([p]).Single()),
        NonEmpty("LocalCustomProperties", t.LocalCustomProperties, p => Properties([p]).Single()));
}
