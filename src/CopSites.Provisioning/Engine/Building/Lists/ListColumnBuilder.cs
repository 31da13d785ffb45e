using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>
/// The columns of each list, keyed <c>List/internalName</c>: the list's own fields with their full definition, and the
/// site columns (or built-in ones such as <c>Title</c>) it references, with what the reference overrides.
/// </summary>
public sealed class ListColumnBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var list in context.Template.Lists)
        {
            var listKey = new ResourceKey(ResourceKind.List, list.Title);
            foreach (var field in list.Fields)
            {
                yield return OwnColumn(context, list, listKey, field);
            }

            foreach (var reference in list.FieldRefs)
            {
                yield return ReferencedColumn(context, list, listKey, reference);
            }
        }
    }

    private static BuiltResource OwnColumn(BuildContext context, ListInstance list, ResourceKey listKey, FieldDefinition field)
    {
        var schema = FieldSchema.Of(field);
        var scope = context.Scope($"{ListBuilder.Element(list)}/Field[@Name='{schema.Name}']", field.Location);
        var column = FieldColumnMapper.Map(schema, context, scope, list.Title);
        var resource = new DesiredResource(listKey.Child(ResourceKind.ListColumn, schema.Name), column, field.Location) { Parent = listKey };
        return BuiltResource.At(resource, scope, StructureLevels.ListField(field));
    }

    private static BuiltResource ReferencedColumn(BuildContext context, ListInstance list, ResourceKey listKey, ListFieldRef reference)
    {
        var element = $"{ListBuilder.Element(list)}/FieldRef[@ID='{reference.Id}']";
        var scope = context.Scope(element, reference.Location);
        var target = FieldReference.Resolve(context.Template, reference.Id, reference.Name);
        if (target is null)
        {
            scope.Fail(BuildErrorKind.UnknownField,
                $"list '{list.Title}' references field {reference.Name ?? reference.Id}, which is neither a site column of the template nor a built-in column");
        }

        if (reference.Remove == true)
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, $"list '{list.Title}' removes field {reference.Name ?? reference.Id}; CopSites never deletes columns");
        }

        var name = target?.InternalName ?? reference.Name ?? reference.Id;
        var properties = new JsonObject();
        if (reference.DisplayName is not null)
        {
            properties["displayName"] = scope.Text(reference.DisplayName, element + "/@DisplayName");
        }

        if (reference.Required is { } required)
        {
            properties["required"] = required;
        }

        if (reference.Hidden is { } hidden)
        {
            properties["hidden"] = hidden;
        }

        var resource = new DesiredResource(listKey.Child(ResourceKind.ListColumn, name), properties, reference.Location)
        {
            Parent = listKey,
            CreateOnly = new JsonObject { ["sourceColumn"] = name },
        };
        return BuiltResource.At(resource, scope, target is null ? 2 : StructureLevels.ListFieldRef(target));
    }
}
