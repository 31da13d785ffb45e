using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>
/// Data rows (<c>pnp:DataRows</c>) as list items, keyed <c>List/key=value</c> where value is the row's value in the
/// <c>KeyColumn</c> (Title unless stated): the same key the gateway reads items by, so a rerun finds every row again.
/// With <c>UpdateBehavior="Skip"</c> an existing item is never touched (everything is create-only); otherwise
/// (<c>Overwrite</c>, PnP's default) its fields are compared and updated.
/// </summary>
public sealed class ListItemBuilder : IResourceBuilder
{
    /// <inheritdoc />
    public IEnumerable<BuiltResource> Build(BuildContext context)
    {
        foreach (var list in context.Template.Lists.Where(l => l.DataRows is { Rows.Count: > 0 }))
        {
            var rows = list.DataRows!;
            var listKey = new ResourceKey(ResourceKind.List, list.Title);
            var types = ListColumnTypes.For(context.Template, list);
            var keyColumn = rows.KeyColumn ?? "Title";
            var skip = string.Equals(rows.UpdateBehavior, "Skip", StringComparison.OrdinalIgnoreCase);
            var level = StructureLevels.AfterList(context.Template, list, DependencyLevels.Of(ResourceKind.ListItem));
            for (var index = 0; index < rows.Rows.Count; index++)
            {
                var row = rows.Rows[index];
                var element = $"{ListBuilder.Element(list)}/DataRow[{index + 1}]";
                var scope = context.Scope(element, row.Location);
                var fields = new JsonObject();
                var people = new JsonObject();
                foreach (var value in row.Values)
                {
                    var text = scope.Text(value.Value, $"{element}/DataValue[@FieldName='{value.FieldName}']");
                    ItemValueConverter.Add(fields, people, value.FieldName, text, ListColumnTypes.Find(types, value.FieldName), scope);
                }

                var keyValue = row[keyColumn] is { Length: > 0 } raw ? scope.Text(raw, element) : null;
                if (keyValue is null)
                {
                    scope.Fail(BuildErrorKind.MissingValue, $"data row {index + 1} of list '{list.Title}' has no value in its key column '{keyColumn}'");
                }

                yield return BuiltResource.At(Item(listKey, row, keyValue ?? $"#{index + 1}", fields, people, skip), scope, level);
            }
        }
    }

    private static DesiredResource Item(ResourceKey listKey, DataRow row, string keyValue, JsonObject fields, JsonObject people, bool skip)
    {
        var createOnly = new JsonObject();
        if (people.Count > 0)
        {
            createOnly["people"] = people;
        }

        var properties = new JsonObject();
        if (skip)
        {
            createOnly["fields"] = fields;
        }
        else
        {
            properties["fields"] = fields;
        }

        return new DesiredResource(listKey.Child(ResourceKind.ListItem, "key=" + keyValue), properties, row.Location)
        {
            Parent = listKey,
            CreateOnly = createOnly,
        };
    }
}
