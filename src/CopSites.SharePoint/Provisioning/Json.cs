using System.Text.Json.Nodes;

namespace CopSites.SharePoint.Provisioning;

/// <summary>Small readers for tenant JSON; missing values read as null rather than throwing.</summary>
internal static class Json
{
    public static string? Text(JsonNode? node, string property) =>
        node is JsonObject obj && obj.TryGetPropertyValue(property, out var value) && value is JsonValue v
            ? v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
            : null;

    public static IEnumerable<JsonObject> Values(JsonNode? collection) =>
        (collection?["value"] as JsonArray)?.OfType<JsonObject>() ?? [];

    public static JsonObject Object(JsonNode? node) => node as JsonObject ?? new JsonObject();

    /// <summary>A copy holding only the named properties that exist.</summary>
    public static JsonObject Pick(JsonObject source, params string[] properties)
    {
        var result = new JsonObject();
        foreach (var name in properties)
        {
            if (source.TryGetPropertyValue(name, out var value))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }
}
