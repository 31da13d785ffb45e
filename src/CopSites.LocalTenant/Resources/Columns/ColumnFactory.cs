using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Columns;

/// <summary>
/// Turns a columnDefinition create body into the stored column, and applies PATCH bodies to one.
/// The stored document is the Graph columnDefinition itself (id, name, displayName, flags, one facet).
/// </summary>
public static class ColumnFactory
{
    private static readonly string[] Flags = ["enforceUniqueValues", "hidden", "indexed", "readOnly", "required"];
    private static readonly string[] Editable = ["displayName", "description", "columnGroup", "defaultValue", "validation", .. Flags];

    /// <summary>A new column from a create body; <paramref name="defaultGroup"/> is used when columnGroup is absent.</summary>
    public static JsonObject Create(JsonObject body, string defaultGroup)
    {
        return Guard(() =>
        {
            var facet = ColumnFacets.FacetOf(body);
            var displayName = body["displayName"]?.GetValue<string>();
            var name = body["name"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(displayName))
            {
                throw GraphProblem.BadRequest("A column needs a name or a displayName.");
            }

            name = string.IsNullOrWhiteSpace(name) ? ColumnNames.FromDisplayName(displayName!) : name;
            if (!ColumnNames.IsValid(name))
            {
                throw GraphProblem.BadRequest($"'{name}' is not a valid column name: use letters, digits and underscores, without spaces.");
            }

            var id = body["id"]?.GetValue<string>() is { } given
                ? Guid.TryParse(given, out var parsed) ? parsed.ToString() : throw GraphProblem.BadRequest($"Column id '{given}' is not a GUID.")
                : Guid.NewGuid().ToString();
            var column = new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["displayName"] = displayName ?? name,
                ["description"] = body["description"]?.GetValue<string>() ?? "",
                ["columnGroup"] = body["columnGroup"]?.GetValue<string>() ?? defaultGroup,
                ["enforceUniqueValues"] = false,
                ["hidden"] = false,
                ["indexed"] = false,
                ["readOnly"] = false,
                ["required"] = false,
                ["isDeletable"] = true,
                ["isReorderable"] = true,
                ["isSealed"] = false,
                ["propagateChanges"] = false,
            };
            CopyEditable(body, column);
            column[facet] = ColumnFacets.Normalise(facet, (JsonObject)body[facet]!);
            Check(column);
            return column;
        });
    }

    /// <summary>Applies a PATCH body: flags, names and the same facet's properties; the internal name and the type stay.</summary>
    public static JsonObject Update(JsonObject current, JsonObject body)
    {
        return Guard(() =>
        {
            if (body["name"]?.GetValue<string>() is { } name && !name.Equals(current["name"]!.GetValue<string>(), StringComparison.Ordinal))
            {
                throw GraphProblem.BadRequest("A column's name cannot be changed; change its displayName instead.");
            }

            var facet = ColumnFacets.All.First(f => current[f] is JsonObject);
            var other = ColumnFacets.All.FirstOrDefault(f => f != facet && body[f] is JsonObject);
            if (other is not null)
            {
                throw GraphProblem.BadRequest($"A {facet} column cannot be changed into a {other} column.");
            }

            var updated = (JsonObject)current.DeepClone();
            CopyEditable(body, updated);
            if (body[facet] is JsonObject patch)
            {
                var merged = (JsonObject)current[facet]!.DeepClone();
                foreach (var (key, value) in patch)
                {
                    merged[key] = value?.DeepClone();
                }

                updated[facet] = ColumnFacets.Normalise(facet, merged);
            }

            Check(updated);
            return updated;
        });
    }

    private static void CopyEditable(JsonObject from, JsonObject to)
    {
        foreach (var property in Editable)
        {
            if (from.TryGetPropertyValue(property, out var value))
            {
                if (Flags.Contains(property) && value is not JsonValue)
                {
                    throw GraphProblem.BadRequest($"{property} must be true or false.");
                }

                to[property] = Flags.Contains(property) ? value!.GetValue<bool>() : value?.DeepClone();
            }
        }
    }

    private static void Check(JsonObject column)
    {
        if (column["enforceUniqueValues"]!.GetValue<bool>() && !column["indexed"]!.GetValue<bool>())
        {
            throw GraphProblem.BadRequest("enforceUniqueValues requires the column to be indexed.");
        }

        if (column["lookup"] is JsonObject lookup && string.IsNullOrWhiteSpace(lookup["listId"]?.GetValue<string>()))
        {
            throw GraphProblem.BadRequest("lookup.listId is required.");
        }

        if (column["term"] is JsonObject term && term["termSet"]?["id"] is null)
        {
            throw GraphProblem.BadRequest("term.termSet.id is required.");
        }
    }

    // Bodies with a string where a boolean belongs (and the like) are the caller's mistake, not a server fault.
    private static JsonObject Guard(Func<JsonObject> build)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw GraphProblem.BadRequest("The column definition has a value of the wrong type: " + e.Message);
        }
    }
}
