using CopSites.Provisioning.Engine.Building.ContentTypes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// The site's own content types with the site columns they use. A content type whose parent is also the site's own
/// lists only the columns it adds: the tenant gives a child its parent's columns when it is created, and asking for
/// them again would be refused.
/// </summary>
internal sealed class ContentTypeExtractor(SiteIndex index, IReadOnlyDictionary<string, ActualResource> siteColumns, ExtractionNotes notes)
{
    public IEnumerable<ContentTypeDefinition> ContentTypes()
    {
        foreach (var contentType in index.ContentTypes.Values)
        {
            var name = contentType.Key.Path;
            var where = $"content type '{name}'";
            var parentId = ContentTypeIds.ParentOf(contentType.Id);
            var parent = index.ContentTypes.Values.FirstOrDefault(p => string.Equals(p.Id, parentId, StringComparison.OrdinalIgnoreCase));
            var inherited = parent is null
                ? []
                : index.ChildrenOf(parent.Key.Path, ResourceKind.ContentTypeColumn).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var references = new List<ContentTypeFieldRef>();
            foreach (var (column, link) in index.ChildrenOf(name, ResourceKind.ContentTypeColumn))
            {
                if (inherited.Contains(column) || !siteColumns.TryGetValue(column, out var site))
                {
                    continue; // Inherited, SharePoint's own, or a site column that could not be extracted (noted there).
                }

                var required = Flag(link.Properties, "required");
                var hidden = Flag(link.Properties, "hidden");
                references.Add(new ContentTypeFieldRef(Guid.TryParse(site.Id, out var id) ? id.ToString("B") : site.Id, column,
                    required is { } r && r != (Flag(site.Properties, "required") == true) ? r : null,
                    hidden is { } h && h != (Flag(site.Properties, "hidden") == true) ? h : null,
                    null, SourceLocation.None));
            }

            yield return new ContentTypeDefinition(contentType.Id, notes.Literal(name, where),
                Text(contentType.Properties, "description") is { Length: > 0 } description ? notes.Literal(description, where) : null,
                Text(contentType.Properties, "group") is { Length: > 0 } group ? notes.Literal(group, where) : null,
                null, null, null, null, null, references.ToValueList(), SourceLocation.None);
        }
    }
}
