using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.ContentTypes;

/// <summary>
/// The template's site content types, keyed by name. The id and the parent (read off the id) can only be chosen on
/// create; name, description and group are compared.
/// </summary>
public sealed class ContentTypeBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var contentType in context.Template.ContentTypes)
        {
            var element = Element(contentType);
            var scope = context.Scope(element, contentType.Location);
            var name = scope.Text(contentType.Name, element + "/@Name");
            var properties = new JsonObject { ["name"] = name };
            if (contentType.Description is not null)
            {
                properties["description"] = scope.Text(contentType.Description, element + "/@Description");
            }

            if (contentType.Group is not null)
            {
                properties["group"] = scope.Text(contentType.Group, element + "/@Group");
            }

            var parent = ContentTypeIds.ParentOf(contentType.Id);
            if (parent is null)
            {
                scope.Fail(BuildErrorKind.InvalidValue, $"content type '{contentType.Name}' has id '{contentType.Id}', which names no parent");
            }
            else if (!ParentExists(context, parent))
            {
                scope.Fail(BuildErrorKind.UnknownParent,
                    $"content type '{contentType.Name}' (id '{contentType.Id}') derives from '{parent}', which is neither a content type of the template, " +
                    "a built-in SharePoint content type nor one the site has; define the parent in the template or correct the id");
            }

            var resource = new DesiredResource(new ResourceKey(ResourceKind.ContentType, contentType.Name), properties, contentType.Location)
            {
                CreateOnly = new JsonObject { ["id"] = contentType.Id, ["base"] = new JsonObject { ["id"] = parent ?? "" } },
            };
            yield return BuiltResource.At(resource, scope, StructureLevels.ContentType(context.Template, contentType));
        }
    }

    private static bool ParentExists(BuildContext context, string parent) =>
        BuiltInContentTypes.Contains(parent)
        || context.Template.ContentTypes.Any(c => string.Equals(c.Id, parent, StringComparison.OrdinalIgnoreCase))
        || context.State.OfKind(ResourceKind.ContentType).Any(c => string.Equals(c.Id, parent, StringComparison.OrdinalIgnoreCase));

    /// <summary>How errors name a content type element.</summary>
    public static string Element(ContentTypeDefinition contentType) => $"pnp:ContentType[@ID='{contentType.Id}']";
}
