using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.Provisioning.Templates;
using CopSites.Provisioning.Tokens;

namespace CopSites.Provisioning.Engine.Building.Pages;

/// <summary>One canvas control as a Graph web part: <c>textWebPart</c> for text, <c>standardWebPart</c> for the rest.</summary>
public static class WebPartMapper
{
    private static readonly string[] ServerProcessedParts = ["htmlStrings", "searchablePlainTexts", "imageSources", "links"];

    /// <summary>A text control: its HTML with tokens resolved (see <see cref="HtmlText"/>).</summary>
    public static JsonObject Text(PageControl control, Guid fallbackId, TokenScope scope, string part) => new()
    {
        ["@odata.type"] = "#microsoft.graph.textWebPart",
        ["id"] = (control.ControlId ?? fallbackId).ToString("D"),
        ["innerHtml"] = HtmlText.Resolve(scope, control.Html ?? "", part + "/Properties/Text"),
    };

    /// <summary>A web part: its type's component id and the data of its JsonControlData, tokens resolved as JSON text.</summary>
    public static JsonObject Standard(PageControl control, Guid fallbackId, TokenScope scope, string part)
    {
        var data = ControlData(control, scope, part);
        var type = WebPartTypes.Resolve(control.WebPartType, data?["id"]?.ToString());
        if (type is null)
        {
            scope.Fail(BuildErrorKind.UnknownWebPart,
                $"web part type '{control.WebPartType}' is neither a known first-party web part nor a GUID (Custom web parts need an \"id\" in JsonControlData)");
        }

        var id = control.ControlId ?? (Guid.TryParse(data?["instanceId"]?.ToString(), out var instance) ? instance : fallbackId);
        var webPartData = new JsonObject
        {
            ["dataVersion"] = data?["dataVersion"]?.ToString() ?? "1.0",
        };
        CopyText(data, webPartData, "title");
        CopyText(data, webPartData, "description");
        webPartData["properties"] = data?["properties"]?.DeepClone() ?? new JsonObject();
        if (data?["serverProcessedContent"] is JsonObject processed)
        {
            webPartData["serverProcessedContent"] = ServerProcessedContent(processed);
        }

        return new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.standardWebPart",
            ["id"] = id.ToString("D"),
            ["webPartType"] = type ?? control.WebPartType,
            ["data"] = webPartData,
        };
    }

    private static JsonObject? ControlData(PageControl control, TokenScope scope, string part)
    {
        if (string.IsNullOrWhiteSpace(control.JsonControlData))
        {
            return null;
        }

        var json = scope.Text(control.JsonControlData, part + "/@JsonControlData", TokenEscaping.Json);
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException ex)
        {
            scope.Fail(BuildErrorKind.InvalidValue, $"JsonControlData of web part '{control.WebPartType}' is not valid JSON: {ex.Message}");
            return null;
        }
    }

    private static void CopyText(JsonObject? from, JsonObject to, string name)
    {
        if (from?[name] is { } value)
        {
            to[name] = value.ToString();
        }
    }

    // SharePoint's canvas keeps each part as an object of key → value; Graph wants collections of {key, value}.
    private static JsonObject ServerProcessedContent(JsonObject processed)
    {
        var result = new JsonObject();
        foreach (var name in ServerProcessedParts)
        {
            result[name] = processed[name] switch
            {
                JsonObject map => new JsonArray(map.Select(p => (JsonNode)new JsonObject
                {
                    ["key"] = p.Key,
                    ["value"] = p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString(),
                }).ToArray()),
                JsonArray pairs => pairs.DeepClone(),
                _ => new JsonArray(),
            };
        }

        return result;
    }
}
