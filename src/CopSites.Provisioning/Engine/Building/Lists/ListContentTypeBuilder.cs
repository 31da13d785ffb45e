using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building.ContentTypes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>
/// Content types bound to lists (<c>pnp:ContentTypeBinding</c>), keyed <c>List/ContentTypeName</c>. Graph copies a
/// site content type into the list by name, so each binding waits until its content type has all its columns.
/// </summary>
public sealed class ListContentTypeBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var list in context.Template.Lists)
        {
            var listKey = new ResourceKey(ResourceKind.List, list.Title);
            foreach (var binding in list.ContentTypeBindings)
            {
                var scope = context.Scope($"{ListBuilder.Element(list)}/ContentTypeBinding[@ContentTypeID='{binding.ContentTypeId}']", binding.Location);
                var name = ContentTypeIds.NameOf(context.Template, binding.ContentTypeId);
                if (name is null)
                {
                    scope.Fail(BuildErrorKind.UnknownContentType,
                        $"list '{list.Title}' binds content type {binding.ContentTypeId}, which is neither in the template nor built in");
                }

                if (binding.Remove == true)
                {
                    scope.Fail(BuildErrorKind.UnsupportedFeature, $"list '{list.Title}' removes content type {binding.ContentTypeId}; CopSites never deletes content types");
                }

                name ??= binding.ContentTypeId;
                var resource = new DesiredResource(listKey.Child(ResourceKind.ListContentType, name), new JsonObject(), binding.Location)
                {
                    Parent = listKey,
                    CreateOnly = new JsonObject { ["contentType"] = name },
                };
                yield return BuiltResource.At(resource, scope, StructureLevels.ListContentType(context.Template, binding.ContentTypeId));
            }
        }
    }
}
