using CopSites.Provisioning.Engine.Building.Columns;
using CopSites.Provisioning.Engine.Building.ContentTypes;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>The CAML type and format of every column a list gets from the template, by internal name.</summary>
public static class ListColumnTypes
{
    /// <summary>A column's type (<c>Number</c>, <c>UserMulti</c>…) and format (<c>DateOnly</c>…).</summary>
    public sealed record ColumnType(string Type, string? Format);

    /// <summary>The list's own fields, its field references, its content types' columns, then built-in columns.</summary>
    public static IReadOnlyDictionary<string, ColumnType> For(ProvisioningTemplate template, ListInstance list)
    {
        var types = new Dictionary<string, ColumnType>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in list.Fields.Where(f => f.InternalName is not null))
        {
            types.TryAdd(field.InternalName!, new ColumnType(field.Type ?? "", field.Format));
        }

        var references = list.FieldRefs.Select(r => FieldReference.Resolve(template, r.Id, r.Name))
            .Concat(list.ContentTypeBindings
                .Select(b => ContentTypeIds.Find(template, b.ContentTypeId))
                .SelectMany(c => c?.FieldRefs ?? [])
                .Select(r => FieldReference.Resolve(template, r.Id, r.Name)));
        foreach (var reference in references.OfType<FieldReference>())
        {
            types.TryAdd(reference.InternalName, new ColumnType(reference.Type, reference.SiteField?.Format));
        }

        return types;
    }

    /// <summary>The type of a column of the list, falling back to SharePoint's built-in columns; null when unknown.</summary>
    public static ColumnType? Find(IReadOnlyDictionary<string, ColumnType> types, string name) =>
        types.TryGetValue(name, out var type) ? type
        : BuiltInFields.Find(null, name) is { } builtIn ? new ColumnType(builtIn.Type, null)
        : null;
}
