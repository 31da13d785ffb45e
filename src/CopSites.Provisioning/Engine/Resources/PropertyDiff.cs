using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CopSites.Provisioning.Engine.Resources;

/// <summary>
/// Compares desired properties with actual ones. Only what the template states is compared (the tenant adds ids,
/// dates and defaults of its own), objects as subsets, arrays element by element, numbers and booleans by value.
/// </summary>
public static class PropertyDiff
{
    /// <summary>The top-level desired properties whose values the actual object does not have.</summary>
    public static IReadOnlyList<string> Differences(JsonObject desired, JsonObject actual) =>
        desired.Where(p => !Covers(p.Value, actual.TryGetPropertyValue(p.Key, out var a) ? a : null)).Select(p => p.Key).ToArray();

    /// <summary>True when <paramref name="actual"/> has everything <paramref name="desired"/> states.</summary>
    public static bool Covers(JsonNode? desired, JsonNode? actual) => desired switch
    {
        null => actual is null || actual.GetValueKind() == JsonValueKind.Null,
        JsonObject d => actual is JsonObject a && d.All(p => Covers(p.Value, a.TryGetPropertyValue(p.Key, out var v) ? v : null)),
        JsonArray d => actual is JsonArray a && d.Count == a.Count && d.Zip(a).All(pair => Covers(pair.First, pair.Second)),
        JsonValue d => actual is JsonValue a && SameValue(d, a),
        _ => false,
    };

    private static bool SameValue(JsonValue desired, JsonValue actual)
    {
        var (dk, ak) = (desired.GetValueKind(), actual.GetValueKind());
        if (dk == JsonValueKind.Number || ak == JsonValueKind.Number)
        {
            return double.TryParse(Text(desired), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                && double.TryParse(Text(actual), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && Math.Abs(d - a) < 1e-9;
        }

        return string.Equals(Text(desired), Text(actual), StringComparison.Ordinal);
    }

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };
}
