using System.Text.Json.Nodes;
using CopSites.LocalTenant.SharePointRest.Pipeline;

namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>One control ⇄ one Graph web part: text (controlType 4 ⇄ textWebPart) and the rest (3 ⇄ standardWebPart).</summary>
internal static class CanvasWebParts
{
    public const string TextType = "#microsoft.graph.textWebPart";
    public const string StandardType = "#microsoft.graph.standardWebPart";

    public static JsonObject Text(JsonObject control) => new()
    {
        ["@odata.type"] = TextType,
        ["id"] = control["id"]?.ToString() ?? Guid.NewGuid().ToString(),
        ["innerHtml"] = control["innerHTML"]?.ToString() ?? "",
    };

    public static JsonObject Standard(JsonObject control)
    {
        var data = control["webPartData"] as JsonObject ?? [];
        var type = control["webPartId"]?.ToString() ?? data["id"]?.ToString()
            ?? throw RestProblem.Argument("A web part control (controlType 3) needs a webPartId.");
        return new JsonObject
        {
            ["@odata.type"] = StandardType,
            ["id"] = control["id"]?.ToString() ?? data["instanceId"]?.ToString() ?? Guid.NewGuid().ToString(),
            ["webPartType"] = type,
            ["data"] = new JsonObject
            {
                ["dataVersion"] = data["dataVersion"]?.ToString() ?? "1.0",
                ["title"] = data["title"]?.DeepClone(),
                ["description"] = data["description"]?.DeepClone(),
                ["properties"] = data["properties"]?.DeepClone() ?? new JsonObject(),
                ["serverProcessedContent"] = ServerProcessedContent.ToGraph(data["serverProcessedContent"]),
            },
        };
    }

    /// <summary>True for a Graph text web part, told by its type or, when the type is absent, by its shape.</summary>
    public static bool IsText(JsonObject webPart) =>
        webPart["@odata.type"]?.ToString() is { } type ? type.EndsWith("textWebPart", StringComparison.OrdinalIgnoreCase) : webPart["innerHtml"] is not null;

    /// <summary>The CanvasContent1 control of a Graph web part at a position.</summary>
    public static JsonObject ToControl(JsonObject webPart, JsonObject position, JsonObject emphasis)
    {
        var id = webPart["id"]?.ToString() ?? Guid.NewGuid().ToString();
        if (IsText(webPart))
        {
            return new JsonObject
            {
                ["controlType"] = 4,
                ["id"] = id,
                ["position"] = position,
                ["displayMode"] = 2,
                ["addedFromPersistedData"] = true,
                ["emphasis"] = emphasis,
                ["innerHTML"] = webPart["innerHtml"]?.ToString() ?? "",
                ["editorType"] = "CKEditor",
            };
        }

        var type = webPart["webPartType"]?.ToString() ?? "";
        var data = webPart["data"] as JsonObject ?? [];
        return new JsonObject
        {
            ["controlType"] = 3,
            ["id"] = id,
            ["webPartId"] = type,
            ["position"] = position,
            ["displayMode"] = 2,
            ["addedFromPersistedData"] = true,
            ["emphasis"] = emphasis,
            ["webPartData"] = new JsonObject
            {
                ["id"] = type,
                ["instanceId"] = id,
                ["title"] = data["title"]?.DeepClone(),
                ["description"] = data["description"]?.DeepClone(),
                ["dataVersion"] = data["dataVersion"]?.DeepClone() ?? "1.0",
                ["properties"] = data["properties"]?.DeepClone() ?? new JsonObject(),
                ["serverProcessedContent"] = ServerProcessedContent.ToSharePoint(data["serverProcessedContent"]),
            },
        };
    }
}
