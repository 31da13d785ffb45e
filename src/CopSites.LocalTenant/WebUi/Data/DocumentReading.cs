using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>
/// Tolerant reads of stored documents. Other resource families write them and may leave fields out or use another
/// JSON type than expected, and the UI should show what it can rather than fail.
/// </summary>
internal static class DocumentReading
{
    /// <summary>The first of <paramref name="names"/> that holds a non-empty string, number or boolean, as text.</summary>
    public static string? Text(this JsonNode? node, params string[] names)
    {
        foreach (var name in names)
        {
            if (node is JsonObject obj && obj[name] is JsonValue value && AsText(value) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    public static JsonObject? Object(this JsonNode? node, string name) => node is JsonObject obj ? obj[name] as JsonObject : null;

    public static JsonArray? Array(this JsonNode? node, string name) => node is JsonObject obj ? obj[name] as JsonArray : null;

    /// <summary>A number stored as a JSON number or a numeric string.</summary>
    public static double? Number(this JsonNode? value) => value is JsonValue v && v.GetValueKind() switch
    {
        JsonValueKind.Number => true,
        JsonValueKind.String => double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    }
        ? v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : double.Parse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture)
        : null;

    public static bool Flag(this JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue v && (v.GetValueKind() == JsonValueKind.True || (v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Equals("true", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A scalar as text; null for objects, arrays and JSON null.</summary>
    public static string? AsText(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.GetValue<double>().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>A date as SharePoint's English views show it (3/14/2025).</summary>
    public static string ShortDate(DateTimeOffset at) => at.UtcDateTime.ToString("M/d/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date and time as SharePoint's English views show it.</summary>
    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("M/d/yyyy h:mm tt", CultureInfo.InvariantCulture);
}
