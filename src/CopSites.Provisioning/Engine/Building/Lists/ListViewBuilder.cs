using System.Text.Json.Nodes;
using System.Xml.Linq;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

using CopSites.Provisioning.Templates.Xml;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>
/// List views, keyed <c>List/ViewTitle</c>, in SharePoint REST's shape (Graph has no views). A view waits until its list
/// has all its columns, since SharePoint refuses a view naming a column the list does not have yet.
/// </summary>
public sealed class ListViewBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var list in context.Template.Lists)
        {
            var listKey = new ResourceKey(ResourceKind.List, list.Title);
            var level = StructureLevels.AfterList(context.Template, list, DependencyLevels.Of(ResourceKind.ListView));
            foreach (var view in list.Views)
            {
                yield return BuiltResource.At(View(context, list, listKey, view, out var scope), scope, level);
            }
        }
    }

    private static DesiredResource View(BuildContext context, ListInstance list, ResourceKey listKey, ViewDefinition view, out TokenScope scope)
    {
        var element = $"{ListBuilder.Element(list)}/View[@DisplayName='{view.DisplayName}']";
        scope = context.Scope(element, view.Location);
        if (string.IsNullOrWhiteSpace(view.DisplayName))
        {
            scope.Fail(BuildErrorKind.MissingValue, $"a view of list '{list.Title}' has no DisplayName");
        }

        var title = scope.Text(view.DisplayName ?? "", element + "/@DisplayName");
        var properties = new JsonObject
        {
            ["Title"] = title,
            ["ViewQuery"] = scope.Text(QueryOf(view), element + "/Query", TokenEscaping.Xml),
        };
        if (view.RowLimit is { } rowLimit)
        {
            properties["RowLimit"] = rowLimit;
        }

        if (view.DefaultView is { } isDefault)
        {
            properties["DefaultView"] = isDefault;
        }

        properties["ViewFields"] = new JsonArray(view.ViewFields.Select(f => (JsonNode)JsonValue.Create(f)).ToArray());
        return new DesiredResource(listKey.Child(ResourceKind.ListView, title), properties, view.Location) { Parent = listKey };
    }

    /// <summary>The inner XML of the view's <c>Query</c> element (what REST calls ViewQuery), unformatted.</summary>
    public static string QueryOf(ViewDefinition view)
    {
        var query = SafeXml.ParseElement(view.SchemaXml).Elements().FirstOrDefault(e => e.Name.LocalName == "Query");
        return query is null ? "" : string.Concat(query.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
    }
}
