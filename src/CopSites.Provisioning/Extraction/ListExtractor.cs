using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Building.Lists;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// The site's lists as <c>pnp:ListInstance</c>s. A list column that came from a site column becomes a
/// <c>FieldRef</c> (with what the list changed: display name, required, hidden); a column only the list has becomes a
/// full <c>Field</c>; SharePoint's own columns are left out unless the list renamed one the engine knows (Title). The
/// libraries every site is created with appear only when someone added columns or content types to them.
/// </summary>
internal sealed class ListExtractor(SiteIndex index, IReadOnlyDictionary<string, ActualResource> siteColumns, ExtractionNotes notes)
{
    // The template numbers the engine's ListTemplates can create, searched to turn Graph's template name back into one.
    private static readonly int[] TemplateNumbers = [100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 120, 170, 171, 1100];

    public IEnumerable<ListInstance> Lists()
    {
        foreach (var list in index.State.OfKind(ResourceKind.List).OrderBy(l => l.Key.Path, StringComparer.Ordinal))
        {
            if (SharePointDefaults.IsSystemList(list.Properties))
            {
                continue;
            }

            if (List(list) is { } instance)
            {
                yield return instance;
            }
        }
    }

    private ListInstance? List(ActualResource list)
    {
        var title = list.Key.Path;
        var url = UrlOf(list);
        var template = Text(list.Properties["list"], "template") ?? "";
        var number = TemplateNumbers.Cast<int?>().FirstOrDefault(n => ListTemplates.NameOf(n!.Value) == template);
        var bindings = Bindings(title).ToList();
        var covered = bindings.SelectMany(b => index.ChildrenOf(b.Name, ResourceKind.ContentTypeColumn).Select(c => c.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fields = new List<FieldDefinition>();
        var references = new List<ListFieldRef>();
        foreach (var (name, column) in index.ChildrenOf(title, ResourceKind.ListColumn))
        {
            Column(title, name, column.Properties, covered, IsLibrary(template), fields, references);
        }

        var siteLibrary = SharePointDefaults.IsSiteLibrary(url);
        if (siteLibrary && fields.Count + references.Count + bindings.Count == 0)
        {
            return null;
        }

        if (number is null)
        {
            notes.Warn($"list '{title}' uses list template '{template}', which Graph cannot create; it is left out.");
            return null;
        }

        var views = siteLibrary
            ? []
            : index.ChildrenOf(title, ResourceKind.ListView).Select(v => ViewSchemaWriter.View(v.Resource.Properties, title, notes)).OfType<ViewDefinition>().ToList();
        var description = Text(list.Properties, "description") is { Length: > 0 } text ? notes.Literal(text, $"list '{title}'") : null;
        var contentTypesEnabled = Flag(list.Properties["list"], "contentTypesEnabled") == true || bindings.Count > 0 ? true : (bool?)null;
        return new ListInstance(notes.Literal(title, $"list '{title}'"), url, number.Value, description, null, null, null, null, null, null, null, null, null,
            null, null, contentTypesEnabled, null, null, null, null,
            bindings.Select(b => new ContentTypeBinding(b.Id, null, null, null, SourceLocation.None)).ToValueList(),
            views.ToValueList(), fields.ToValueList(), references.ToValueList(), null, [], [], SourceLocation.None);
    }

    private void Column(string list, string name, JsonObject column, HashSet<string> covered, bool library, List<FieldDefinition> fields, List<ListFieldRef> references)
    {
        var displayName = Text(column, "displayName") ?? name;
        var required = Flag(column, "required") == true;
        if (SharePointDefaults.IsBuiltInColumn(column))
        {
            // Computed columns (LinkTitle…) follow the column they show; only a column people edit can be renamed.
            if (BuiltInFields.Find(null, name) is { } builtIn && Flag(column, "readOnly") != true && BuiltInChanged(name, column, library))
            {
                references.Add(new ListFieldRef(builtIn.Id.ToString("B"), name, notes.Literal(displayName, $"list '{list}' column '{name}'"), required, null, null, SourceLocation.None));
            }

            return;
        }

        if (siteColumns.TryGetValue(name, out var site))
        {
            var renamed = displayName != (Text(site.Properties, "displayName") ?? name);
            bool? requiredChange = required != (Flag(site.Properties, "required") == true) ? required : null;
            bool? hiddenChange = Flag(column, "hidden") == true != (Flag(site.Properties, "hidden") == true) ? Flag(column, "hidden") == true : null;
            if (covered.Contains(name) && !renamed && requiredChange is null && hiddenChange is null)
            {
                return; // The bound content type brings it.
            }

            references.Add(new ListFieldRef(GuidText(site.Id), name, notes.Literal(displayName, $"list '{list}' column '{name}'"), requiredChange, hiddenChange, null,
                SourceLocation.None));
            return;
        }

        if (index.SiteColumns.ContainsKey(name))
        {
            return; // A site column that could not be extracted; its note says why.
        }

        if (ColumnSchemaWriter.Field(column, index, notes, $"list '{list}'") is { } field)
        {
            fields.Add(field);
        }
    }

    // SharePoint's own column as the list found it: Title is required in lists, optional in libraries; others as the site has them.
    private bool BuiltInChanged(string name, JsonObject column, bool library)
    {
        var site = index.State.Find(new ResourceKey(ResourceKind.SiteColumn, name))?.Properties;
        var defaultName = name == "Title" ? "Title" : Text(site, "displayName") ?? name;
        var defaultRequired = name == "Title" ? !library : Flag(site, "required") == true;
        return (Text(column, "displayName") ?? name) != defaultName || (Flag(column, "required") == true) != defaultRequired;
    }

    private IEnumerable<(string Name, string Id)> Bindings(string list) =>
        index.ChildrenOf(list, ResourceKind.ListContentType)
            .Where(c => index.ContentTypes.ContainsKey(c.Name))
            .Select(c => (c.Name, index.ContentTypes[c.Name].Id));

    private string UrlOf(ActualResource list)
    {
        if (Text(list.Properties, "webUrl") is { Length: > 0 } webUrl)
        {
            return ListLocator.SiteRelative(webUrl, index.State.Facts.ServerRelativeUrl);
        }

        var name = Text(list.Properties, "name") ?? list.Key.Path;
        return IsLibrary(Text(list.Properties["list"], "template") ?? "") ? name : "Lists/" + name;
    }

    private static bool IsLibrary(string template) => template is "documentLibrary" or "webPageLibrary" or "pictureLibrary";

    private static string GuidText(string id) => Guid.TryParse(id, out var guid) ? guid.ToString("B") : id;
}
