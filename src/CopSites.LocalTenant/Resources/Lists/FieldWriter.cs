using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>
/// Applies a written fieldValueSet to an item's stored fields, validating each against the list's columns as the
/// service does: unknown names are "not recognized", lookups and people are written as {Name}LookupId, multi-valued
/// fields need their "{Name}@odata.type" collection annotation, and required columns must end up with a value.
/// </summary>
public sealed class FieldWriter(TenantSession session, GraphCall call, ResolvedList list, IReadOnlyList<JsonObject> columns)
{
    private const string TypeSuffix = "@odata.type";
    private const string LookupSuffix = "LookupId";
    private static readonly string[] Ignored = ["@odata.etag", "@odata.context", "id"];

    /// <summary>Writes <paramref name="written"/> into <paramref name="fields"/>; on create, fills defaults and checks required columns.</summary>
    public async Task ApplyAsync(JsonObject fields, JsonObject written, bool isCreate, CancellationToken ct)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in written)
        {
            if (key.EndsWith(TypeSuffix, StringComparison.Ordinal) || Ignored.Contains(key))
            {
                continue;
            }

            var (column, stored) = Resolve(key);
            if (column["readOnly"]?.GetValue<bool>() == true)
            {
                throw GraphProblem.BadRequest($"Field '{key}' is read-only.");
            }

            var name = column["name"]!.GetValue<string>();
            if (column["term"] is not null)
            {
                // Graph v1.0 does not write managed-metadata values (microsoft-graph-docs#4911); SharePoint REST
                // ValidateUpdateListItem, CSOM, or the hidden note field ("{Display name}_0") do.
                throw GraphProblem.BadRequest($"Field '{name}' is a managed metadata column, which cannot be updated through Microsoft Graph; "
                    + "use SharePoint REST ValidateUpdateListItem or its hidden note field.");
            }

            if (value is JsonArray && !written.ContainsKey(key + TypeSuffix))
            {
                throw GraphProblem.BadRequest("A value without a type name was found and no expected type is available. When the model is specified, "
                    + "each value in the payload must have a type which can be either specified in the payload, explicitly by the caller or implicitly inferred from the parent value.");
            }

            if (value is JsonArray && !IsMulti(column))
            {
                throw GraphProblem.BadRequest($"Field '{name}' takes a single value.");
            }

            touched.Add(stored);
            fields[stored] = stored.EndsWith(LookupSuffix, StringComparison.Ordinal) && stored != name
                ? await LookupAsync(column, key, value, ct)
                : FieldValueConverter.Convert(column, key, value);
        }

        if (isCreate)
        {
            ApplyDefaults(fields);
        }

        CheckRequired(fields, isCreate ? null : touched);
    }

    private (JsonObject Column, string StoredName) Resolve(string key)
    {
        var column = Find(key);
        if (column is not null && !IsLookup(column))
        {
            return (column, column["name"]!.GetValue<string>());
        }

        if (key.EndsWith(LookupSuffix, StringComparison.OrdinalIgnoreCase) && Find(key[..^LookupSuffix.Length]) is { } lookup && IsLookup(lookup))
        {
            return (lookup, lookup["name"]!.GetValue<string>() + LookupSuffix);
        }

        throw GraphProblem.BadRequest($"Field '{key}' is not recognized");
    }

    private async Task<JsonNode?> LookupAsync(JsonObject column, string field, JsonNode? value, CancellationToken ct)
    {
        if (value is null)
        {
            return null;
        }

        var ids = (value is JsonArray array ? array.Select(a => FieldValueConverter.Text(field, a)) : [FieldValueConverter.Text(field, value)]).ToList();
        foreach (var id in ids)
        {
            if (!int.TryParse(id, out var number) || !await ExistsAsync(column, number, ct))
            {
                throw GraphProblem.BadRequest($"The value '{id}' of field '{field}' does not refer to an existing {(column["personOrGroup"] is null ? "list item" : "user")}.");
            }
        }

        return value is JsonArray ? new JsonArray(ids.Select(i => (JsonNode)i).ToArray()) : ids[0];
    }

    private async Task<bool> ExistsAsync(JsonObject column, int id, CancellationToken ct)
    {
        if (column["personOrGroup"] is not null)
        {
            return UserLookupIds.Find(call.Tenant.Users, id) is not null;
        }

        var target = column["lookup"]!["listId"]!.GetValue<string>();
        return await session.GetAsync(EntityKinds.ListItem, TenantSession.ChildScope(list.SiteId, target), id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct) is not null;
    }

    private void ApplyDefaults(JsonObject fields)
    {
        foreach (var column in columns.Where(c => c["defaultValue"]?["value"] is not null && !IsLookup(c)))
        {
            var name = column["name"]!.GetValue<string>();
            if (!fields.ContainsKey(name) && column["readOnly"]?.GetValue<bool>() != true)
            {
                var value = FieldValueConverter.Convert(column, name, column["defaultValue"]!["value"]!.DeepClone());
                fields[name] = IsMulti(column) && value is not JsonArray ? new JsonArray(value) : value;
            }
        }
    }

    // SharePoint's own required columns (Title, FileLeafRef, EventDate...) are left to forms, as the service does.
    // An update only has to keep the fields it writes valid, so items older than a required column stay editable.
    private void CheckRequired(JsonObject fields, HashSet<string>? touched)
    {
        foreach (var column in columns.Where(c => c["required"]?.GetValue<bool>() == true && !BuiltInColumns.IsBuiltIn(c)))
        {
            var stored = column["name"]!.GetValue<string>() + (IsLookup(column) ? LookupSuffix : "");
            if (touched is not null && !touched.Contains(stored))
            {
                continue;
            }

            if (fields[stored] is null || fields[stored] is JsonValue v && v.ToString().Length == 0 || fields[stored] is JsonArray { Count: 0 })
            {
                throw GraphProblem.BadRequest($"Field '{column["name"]}' is required.");
            }
        }
    }

    private JsonObject? Find(string name) =>
        columns.FirstOrDefault(c => c["name"]!.GetValue<string>().Equals(name, StringComparison.Ordinal))
        ?? columns.FirstOrDefault(c => c["name"]!.GetValue<string>().Equals(name, StringComparison.OrdinalIgnoreCase));

    private static bool IsLookup(JsonObject column) => column["lookup"] is not null || column["personOrGroup"] is not null;

    private static bool IsMulti(JsonObject column) =>
        ColumnFacets.IsMultiChoice(column)
        || column["lookup"]?["allowMultipleValues"]?.GetValue<bool>() == true
        || column["personOrGroup"]?["allowMultipleSelection"]?.GetValue<bool>() == true
        || column["term"]?["allowMultipleValues"]?.GetValue<bool>() == true;
}
