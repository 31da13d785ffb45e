using System.Text.Json.Nodes;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// A Graph web part as a <c>pnp:CanvasControl</c>: the reverse of the engine's <c>WebPartMapper</c>. Text keeps its HTML;
/// a standard web part goes back to PnP's <c>JsonControlData</c> (component id, instance id, title, description, data
/// version, properties, server-processed content as key/value maps). Links into the site become <c>{site}</c> and list
/// ids <c>{listid:Title}</c>; text that would read as a token is escaped.
/// </summary>
internal sealed class WebPartReader(SiteIndex index, SiteUrlTokens urls, ExtractionNotes notes)
{
    private static readonly string[] ServerProcessedParts = ["htmlStrings", "searchablePlainTexts", "imageSources", "links"];

    /// <summary>The control, or null (with a note) for a kind of web part a template cannot hold.</summary>
    public PageControl? Control(JsonObject webPart, int order, string where)
    {
        var id = Guid.TryParse(Text(webPart, "id"), out var parsed) ? parsed : (Guid?)null;
        switch (Text(webPart, "@odata.type"))
        {
            case "#microsoft.graph.textWebPart":
                var html = urls.InHtml(LiteralText.EscapeHtml(Text(webPart, "innerHtml") ?? ""));
                return new PageControl("Text", id, null, null, order, [new TemplateProperty("Text", html)], SourceLocation.None);
            case "#microsoft.graph.standardWebPart":
                var componentId = Text(webPart, "webPartType") ?? "";
                return new PageControl(WebPartNames.Of(componentId), id, null, ControlData(webPart, componentId, id), order, [], SourceLocation.None);
            default:
                notes.Warn($"{where}: a web part of type '{Text(webPart, "@odata.type")}' cannot be written to a template; it is left out.");
                return null;
        }
    }

    private string ControlData(JsonObject webPart, string componentId, Guid? instanceId)
    {
        var data = webPart["data"] as JsonObject ?? new JsonObject();
        var control = new JsonObject { ["id"] = componentId };
        if (instanceId is { } instance)
        {
            control["instanceId"] = instance.ToString("D");
        }

        foreach (var name in new[] { "title", "description", "dataVersion" })
        {
            if (data[name] is { } value)
            {
                control[name] = value.DeepClone();
            }
        }

        if (data["serverProcessedContent"] is JsonObject processed)
        {
            var maps = new JsonObject();
            foreach (var part in ServerProcessedParts)
            {
                maps[part] = Map(processed[part]);
            }

            control["serverProcessedContent"] = maps;
        }

        control["properties"] = data["properties"]?.DeepClone() ?? new JsonObject();
        return LiteralText.UnmarkJson(Tokenised(control)!.ToJsonString());
    }

    // Graph gives each part as [{key, value}]; PnP's canvas JSON keeps it as {key: value}.
    private static JsonObject Map(JsonNode? part)
    {
        if (part is JsonObject map)
        {
            return (JsonObject)map.DeepClone();
        }

        var result = new JsonObject();
        foreach (var pair in (part as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (Text(pair, "key") is { } key)
            {
                result[key] = pair["value"]?.DeepClone();
            }
        }

        return result;
    }

    private JsonNode? Tokenised(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    obj[name] = Tokenised(value?.DeepClone());
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Tokenised(array[i]?.DeepClone());
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (Guid.TryParse(text, out _) && index.ListTitle(text) is { } title)
                {
                    return JsonValue.Create("{listid:" + title + "}");
                }

                return JsonValue.Create(urls.InJson(LiteralText.MarkJson(text)));
            default:
                return node;
        }
    }
}
