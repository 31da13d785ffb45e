using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Building.Columns;

/// <summary>
/// The template's site columns (<c>pnp:SiteFields</c>), keyed by internal name. Lookups wait for their list (level 2),
/// taxonomy columns for their term set (level 3).
/// </summary>
public sealed class SiteColumnBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var field in context.Template.SiteFields)
        {
            var schema = FieldSchema.Of(field);
            var scope = context.Scope($"pnp:SiteFields/Field[@Name='{schema.Name}']", field.Location);
            if (schema.Name.Length == 0)
            {
                scope.Fail(BuildErrorKind.MissingValue, "a site column has no Name, StaticName or DisplayName");
            }

            var column = FieldColumnMapper.Map(schema, context, scope);
            var resource = new DesiredResource(new ResourceKey(ResourceKind.SiteColumn, schema.Name), column, field.Location);
            yield return BuiltResource.At(resource, scope, StructureLevels.SiteColumn(field));
        }
    }
}
