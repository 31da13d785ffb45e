using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Columns;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>
/// Checks one written field value against its column and converts it to the stored form: text as strings, numbers
/// as numbers, dates as UTC "yyyy-MM-ddTHH:mm:ssZ", booleans as booleans, multi-valued fields as arrays.
/// </summary>
public static class FieldValueConverter
{
    /// <summary>The stored value for <paramref name="value"/> written to the (non-lookup) <paramref name="column"/>.</summary>
    public static JsonNode? Convert(JsonObject column, string field, JsonNode? value)
    {
        if (value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.Null))
        {
            return null;
        }

        if (column["text"] is JsonObject text)
        {
            var s = Text(field, value);
            var max = text["maxLength"]?.GetValue<int>();
            return text["allowMultipleLines"]?.GetValue<bool>() != true && max is { } limit && s.Length > limit
                ? throw GraphProblem.BadRequest($"The value of field '{field}' is longer than its maximum length of {limit}.")
                : s;
        }

        if (column["choice"] is JsonObject choice)
        {
            return Choice(column, choice, field, value);
        }

        if (column["number"] is JsonObject number)
        {
            var n = Number(field, value);
            return n < (number["minimum"]?.GetValue<double>() ?? double.MinValue) || n > (number["maximum"]?.GetValue<double>() ?? double.MaxValue)
                ? throw GraphProblem.BadRequest($"The value {n} of field '{field}' is outside the column's range.")
                : n;
        }

        if (column["currency"] is not null)
        {
            return Number(field, value);
        }

        if (column["dateTime"] is not null)
        {
            return DateTimeOffset.TryParse(Text(field, value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                ? date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : throw GraphProblem.BadRequest($"The value of field '{field}' is not a valid date and time.");
        }

        if (column["boolean"] is not null)
        {
            return value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? b.GetValue<bool>()
                : Text(field, value).ToLowerInvariant() switch
                {
                    "true" or "1" or "yes" => true,
                    "false" or "0" or "no" => false,
                    _ => throw GraphProblem.BadRequest($"The value of field '{field}' is not a boolean."),
                };
        }

        if (column["hyperlinkOrPicture"] is not null)
        {
            return value is JsonObject link
                ? new JsonObject { ["Description"] = link["Description"]?.DeepClone() ?? link["Url"]?.DeepClone(), ["Url"] = link["Url"]?.DeepClone() }
                : new JsonObject { ["Description"] = Text(field, value), ["Url"] = Text(field, value) };
        }

        if (column["calculated"] is not null)
        {
            throw GraphProblem.BadRequest($"Field '{field}' is calculated and cannot be set.");
        }

        return value.DeepClone();
    }

    private static JsonNode Choice(JsonObject column, JsonObject choice, string field, JsonNode value)
    {
        var allowed = (choice["choices"] as JsonArray ?? []).Select(c => c!.GetValue<string>()).ToList();
        var free = choice["allowTextEntry"]?.GetValue<bool>() == true;
        string Check(string s) => free || allowed.Contains(s, StringComparer.Ordinal)
            ? s
            : throw GraphProblem.BadRequest($"The value '{s}' is not one of the choices of field '{field}'.");
        if (!ColumnFacets.IsMultiChoice(column))
        {
            return Check(Text(field, value));
        }

        var values = value is JsonArray array ? array.Select(a => Text(field, a)) : [Text(field, value)];
        return new JsonArray(values.Select(Check).Select(s => (JsonNode)s).ToArray());
    }

    private static double Number(string field, JsonNode value) => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number
        ? n.GetValue<double>()
        : double.TryParse(Text(field, value), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw GraphProblem.BadRequest($"The value of field '{field}' is not a number.");

    /// <summary>The value as text: strings as they are, numbers and booleans in invariant form; 400 for objects and arrays.</summary>
    public static string Text(string field, JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => throw GraphProblem.BadRequest($"The value of field '{field}' must be a single value."),
    };
}
