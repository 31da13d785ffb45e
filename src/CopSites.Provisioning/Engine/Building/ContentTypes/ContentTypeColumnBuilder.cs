using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Building.ContentTypes;

/// <summary>
/// The columns of each content type (<c>pnp:FieldRef</c>), keyed <c>ContentType/columnInternalName</c>. A field id
/// resolves to the internal name through the template's site columns (or SharePoint's built-in ones); anything else
/// is an unknown field. Each link waits for its content type and its site column.
/// </summary>
public sealed class ContentTypeColumnBuilder : IResourceBuilder
{
    /// <summary>
    /// A reference to one of SharePoint's own columns that changes nothing: neither required nor hidden, or hiding a column
    /// SharePoint already hides. Extracted templates list every inherited column like this.
    /// </summary>
    public static bool IsInherited(Templates.ContentTypeFieldRef reference, FieldReference target) =>
        reference.Required is null or false && (reference.Hidden is null or false || BuiltInFields.Find(null, target.InternalName) is { IsSystemHidden: true });

    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var contentType in context.Template.ContentTypes)
        {
            var contentTypeKey = new ResourceKey(ResourceKind.ContentType, contentType.Name);
            foreach (var reference in contentType.FieldRefs)
            {
                var element = $"{ContentTypeBuilder.Element(contentType)}/FieldRef[@ID='{reference.Id}']";
                var scope = context.Scope(element, reference.Location);
                var target = FieldReference.Resolve(context.Template, reference.Id, reference.Name);
                if (target is { SiteField: null } && IsInherited(reference, target))
                {
                    // SharePoint's own column (Created, ContentType, TaxCatchAll…): the parent content type brings it, or
                    // SharePoint adds it; extracted templates list them all. Reported by NotAppliedSettings, not written.
                    continue;
                }

                if (target is null)
                {
                    scope.Fail(BuildErrorKind.UnknownField,
                        $"content type '{contentType.Name}' references field {reference.Name ?? reference.Id}, which is neither a site column of the template nor a built-in column");
                }

                var name = target?.InternalName ?? reference.Name ?? reference.Id;
                var properties = new JsonObject();
                if (reference.Required is { } required)
                {
                    properties["required"] = required;
                }

                if (reference.Hidden is { } hidden)
                {
                    properties["hidden"] = hidden;
                }

                var resource = new DesiredResource(contentTypeKey.Child(ResourceKind.ContentTypeColumn, name), properties, reference.Location)
                {
                    Parent = contentTypeKey,
                    CreateOnly = new JsonObject { ["sourceColumn"] = name },
                };
                yield return BuiltResource.At(resource, scope, StructureLevels.ContentTypeColumn(context.Template, contentType, target));
            }
        }
    }
}
