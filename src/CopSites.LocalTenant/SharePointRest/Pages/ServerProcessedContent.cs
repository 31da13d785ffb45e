using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>
/// A web part's serverProcessedContent in both formats: CanvasContent1 keeps each part as an object
/// ({"htmlStrings":{"key":"value"}}), Graph as a collection of metaDataKeyStringPair ({"htmlStrings":[{"key","value"}]}).
/// Graph knows four parts; others (componentDependencies...) exist only in CanvasContent1 and are dropped by Graph.
/// </summary>
internal static class ServerProcessedContent
{
    private static readonly string[] Parts = ["htmlStrings", "searchablePlainTexts", "imageSources", "links"];

    public static JsonObject? ToGraph(JsonNode? sharePoint)
    {
        if (sharePoint is not JsonObject source)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var part in Parts)
        {
            result[part] = source[part] switch
            {
                JsonObject map => new JsonArray(map.Select(p => (JsonNode)new JsonObject { ["key"] = p.Key, ["value"] = Text(p.Value) }).ToArray()),
                JsonArray pairs => pairs.DeepClone(),
                _ => new JsonArray(),
            };
        }

        return result;
    }

    public static JsonObject ToSharePoint(JsonNode? graph)
    {
        var result = new JsonObject();
        var source = graph as JsonObject;
        foreach (var part in Parts)
        {
            var map = new JsonObject();
            switch (source?[part])
            {
                case JsonArray pairs:
                    foreach (var pair in pairs.OfType<JsonObject>())
                    {
                        map[pair["key"]?.ToString() ?? ""] = pair["value"]?.DeepClone();
                    }

                    break;
                case JsonObject already:
                    map = (JsonObject)already.DeepClone();
                    break;
            }

            result[part] = map;
        }

        return result;
    }

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
