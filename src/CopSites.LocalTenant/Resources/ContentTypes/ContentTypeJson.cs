using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Resources.ContentTypes;

/// <summary>Renders a stored content type as Graph's microsoft.graph.contentType.</summary>
public static class ContentTypeJson
{
    private static readonly string[] Internal = ["columnLinks", "isPublished"];

    /// <summary>The Graph representation (column links and publishing state are reached through their own routes).</summary>
    public static JsonObject ToGraph(JsonObject contentType)
    {
        var result = new JsonObject { ["associatedHubsUrls"] = new JsonArray() };
        foreach (var (key, value) in contentType)
        {
            if (!Internal.Contains(key))
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }

    /// <summary>The column links of a stored content type.</summary>
    public static IEnumerable<JsonObject> Links(JsonObject contentType) =>
        (contentType["columnLinks"] as JsonArray ?? []).OfType<JsonObject>();
}
