using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>
/// The template's lists and libraries, keyed by title. Title and description are compared; the template and URL name
/// can only be chosen when the list is created.
/// </summary>
public sealed class ListBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var list in context.Template.Lists)
        {
            var scope = context.Scope(Element(list), list.Location);
            var properties = new JsonObject { ["displayName"] = scope.Text(list.Title, Element(list) + "/@Title") };
            if (list.Description is not null)
            {
                properties["description"] = scope.Text(list.Description, Element(list) + "/@Description");
            }

            var template = ListTemplates.NameOf(list.TemplateType);
            if (template is null)
            {
                scope.Fail(BuildErrorKind.UnsupportedFeature, $"list '{list.Title}' uses list template {list.TemplateType}, which Graph cannot create");
            }

            var info = new JsonObject { ["template"] = template ?? list.TemplateType.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (list.Hidden is { } hidden)
            {
                info["hidden"] = hidden;
            }

            if (list.ContentTypesEnabled is { } enabled)
            {
                info["contentTypesEnabled"] = enabled;
            }

            ReportUnapplied(list, scope);
            var resource = new DesiredResource(new ResourceKey(ResourceKind.List, list.Title), properties, list.Location)
            {
                CreateOnly = new JsonObject { ["list"] = info, ["name"] = UrlName(scope.Text(list.Url, Element(list) + "/@Url")) },
            };
            yield return BuiltResource.At(resource, scope);
        }
    }

    /// <summary>How errors name a list element.</summary>
    public static string Element(ListInstance list) => $"pnp:ListInstance[@Title='{list.Title}']";

    private static string UrlName(string url) => url.TrimEnd('/')[(url.TrimEnd('/').LastIndexOf('/') + 1)..];

    // Content the engine would otherwise leave out without a word: folders and column defaults change what users see.
    private static void ReportUnapplied(ListInstance list, TokenScope scope)
    {
        if (list.Folders.Count > 0)
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, $"list '{list.Title}' defines folders, which CopSites does not create");
        }

        if (list.FieldDefaults.Count > 0)
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, $"list '{list.Title}' defines column defaults (pnp:FieldDefaults), which CopSites does not apply");
        }
    }
}
