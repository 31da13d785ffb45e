using System.Text.Json.Nodes;
using CopSites.LocalTenant.WebUi.Data;

namespace CopSites.LocalTenant.WebUi.WebParts;

/// <summary>
/// A standard web part's stored JSON: webPartType and data {title, properties, serverProcessedContent}. Graph writes
/// serverProcessedContent collections as arrays of {key, value}; SharePoint's own canvas JSON writes them as objects.
/// Both are read.
/// </summary>
internal sealed class WebPartData(JsonObject webPart)
{
    public string Type => webPart.Text("webPartType")?.ToLowerInvariant() ?? "";

    public JsonObject? Data => webPart.Object("data");

    public JsonObject? Properties => Data.Object("properties");

    /// <summary>The title the page author gave it (searchable "title"), else the web part's stored title.</summary>
    public string? Title => Processed("searchablePlainTexts", "title") ?? Properties.Text("title") ?? Data.Text("title");

    /// <summary>One value of a serverProcessedContent collection (htmlStrings, searchablePlainTexts, imageSources, links).</summary>
    public string? Processed(string collection, string key) =>
        ProcessedEntries(collection).FirstOrDefault(e => e.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;

    public IEnumerable<KeyValuePair<string, string>> ProcessedEntries(string collection)
    {
        var node = Data.Object("serverProcessedContent")?[collection];
        if (node is JsonArray pairs)
        {
            foreach (var pair in pairs.OfType<JsonObject>())
            {
                if (pair.Text("key") is { } key && pair.Text("value") is { } value)
                {
                    yield return new(key, value);
                }
            }
        }
        else if (node is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                if (value is JsonValue scalar && DocumentReading.AsText(scalar) is { } text)
                {
                    yield return new(key, text);
                }
            }
        }
    }
}
