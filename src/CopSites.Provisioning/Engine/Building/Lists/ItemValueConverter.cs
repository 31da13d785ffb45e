using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Provisioning.Charters;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>
/// Turns a data row's text values into Graph <c>listItem.fields</c> values by column type: numbers and booleans as
/// JSON values, dates as ISO 8601 UTC, multi-choice as string collections, lookups and people as <c>XLookupId</c>.
/// </summary>
/// <remarks>
/// A person column needs the site's user id (<c>XLookupId</c>), which only the tenant knows. Numeric values are taken as
/// that id. Sign-in names (<c>alice@contoso.local</c> or a claim ending in one) go to <c>people</c> instead, for the
/// gateway to resolve with SharePoint's ensureUser when it creates the item; being known only as ids afterwards,
/// they are not compared on later runs. Anything else is an error naming the row.
/// </remarks>
public static class ItemValueConverter
{
    /// <summary>Adds one value to <paramref name="fields"/> (or, for people named by UPN, to <paramref name="people"/>).</summary>
    public static void Add(JsonObject fields, JsonObject people, string name, string value, ListColumnTypes.ColumnType? type, TokenScope scope)
    {
        switch (type?.Type)
        {
            case "Number" or "Integer" or "Currency":
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    fields[name] = number;
                }
                else
                {
                    Invalid(scope, name, value, "a number");
                }

                break;
            case "Boolean" or "AllDayEvent":
                fields[name] = value.Trim().ToUpperInvariant() switch
                {
                    "TRUE" or "1" or "YES" => true,
                    "FALSE" or "0" or "NO" => false,
                    _ => Invalid(scope, name, value, "a boolean (TRUE/FALSE, 1/0)"),
                };
                break;
            case "DateTime":
                fields[name] = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                    ? date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                    : Invalid(scope, name, value, "an ISO 8601 date");
                break;
            case "MultiChoice":
                fields[name + "@odata.type"] = "Collection(Edm.String)";
                fields[name] = new JsonArray(Split(value, ";#").Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
                break;
            case "Lookup" or "LookupMulti":
                Lookup(fields, name, value, type.Type == "LookupMulti", scope);
                break;
            case "User" or "UserMulti":
                People(fields, people, name, value, type.Type == "UserMulti", scope);
                break;
            case "URL":
                var comma = value.IndexOf(", ", StringComparison.Ordinal);
                fields[name] = new JsonObject
                {
                    ["Url"] = comma < 0 ? value : value[..comma],
                    ["Description"] = comma < 0 ? value : value[(comma + 2)..],
                };
                break;
            case "TaxonomyFieldType" or "TaxonomyFieldTypeMulti":
                scope.Fail(BuildErrorKind.UnsupportedFeature, $"data row value for managed metadata column '{name}': Graph cannot write term values");
                break;
            default:
                fields[name] = value;
                break;
        }
    }

    private static void Lookup(JsonObject fields, string name, string value, bool multiple, TokenScope scope)
    {
        // PnP writes lookups as "id", "id;#text" or, for several, "id,id" / "id;#text;#id;#text".
        var ids = Split(value).Where(v => !multiple || v.All(char.IsAsciiDigit)).Take(multiple ? int.MaxValue : 1).ToList();
        if (ids.Count == 0 || ids.Any(i => !int.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            Invalid(scope, name, value, "lookup item ids");
            return;
        }

        SetIds(fields, name, ids.Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToList(), multiple);
    }

    private static void People(JsonObject fields, JsonObject people, string name, string value, bool multiple, TokenScope scope)
    {
        var ids = new List<int>();
        var upns = new JsonArray();
        foreach (var entry in Split(value))
        {
            var upn = entry[(entry.LastIndexOf('|') + 1)..];
            if (int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
            else if (UserPrincipalName.TryCreate(upn, out var parsed, out _))
            {
                upns.Add(parsed.Value);
            }
            else
            {
                Invalid(scope, name, entry, "a user id or a sign-in name (name@domain)");
            }
        }

        if (ids.Count > 0)
        {
            SetIds(fields, name, ids, multiple);
        }

        if (upns.Count > 0)
        {
            people[name] = upns;
        }
    }

    private static void SetIds(JsonObject fields, string name, List<int> ids, bool multiple)
    {
        if (multiple)
        {
            fields[name + "LookupId@odata.type"] = "Collection(Edm.Int32)";
            fields[name + "LookupId"] = new JsonArray(ids.Select(i => (JsonNode)JsonValue.Create(i)).ToArray());
        }
        else
        {
            fields[name + "LookupId"] = ids[0];
        }
    }

    // Choice values may hold commas, so multi-choice values split on ";#" only; ids and sign-in names never hold either.
    private static IEnumerable<string> Split(string value, params string[] separators) =>
        value.Split(separators.Length > 0 ? separators : [";#", ",", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Invalid(TokenScope scope, string name, string value, string expected)
    {
        scope.Fail(BuildErrorKind.InvalidValue, $"value '{value}' for column '{name}' is not {expected}");
        return null;
    }
}
