using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>
/// Checks a canvasLayout from a request and returns it in stored form: sections and columns numbered, web parts typed
/// (the SDK sends @odata.type; the docs' examples rely on shape: innerHtml or webPartType) and given ids.
/// </summary>
internal sealed class CanvasLayoutReader(bool strictWebParts)
{
    /// <summary>Reads a canvasLayout; 400 invalidRequest with the reason when it breaks the contract.</summary>
    public JsonObject Read(JsonNode? node)
    {
        if (node is not JsonObject canvas)
        {
            throw GraphProblem.BadRequest("canvasLayout must be an object.");
        }

        var result = new JsonObject();
        if (canvas["horizontalSections"] is { } sections)
        {
            var array = sections as JsonArray ?? throw GraphProblem.BadRequest("canvasLayout.horizontalSections must be an array.");
            result["horizontalSections"] = new JsonArray(array.Select((s, i) => (JsonNode)Section(s, i)).ToArray());
        }

        if (canvas["verticalSection"] is { } vertical)
        {
            var section = vertical as JsonObject ?? throw GraphProblem.BadRequest("canvasLayout.verticalSection must be an object.");
            result["verticalSection"] = new JsonObject
            {
                ["emphasis"] = PageEnums.Check(section["emphasis"], "verticalSection.emphasis", PageEnums.SectionEmphasis, "none"),
                ["webparts"] = WebParts(section["webparts"], "verticalSection"),
            };
        }

        return result;
    }

    private JsonObject Section(JsonNode? node, int index)
    {
        var where = $"horizontalSections[{index}]";
        var section = node as JsonObject ?? throw GraphProblem.BadRequest($"{where} must be an object.");
        var columns = section["columns"] as JsonArray ?? throw GraphProblem.BadRequest($"{where}.columns must be an array.");
        var read = columns.Select((c, i) => Column(c, $"{where}.columns[{i}]", i)).ToList();
        var total = read.Sum(c => c["width"]!.GetValue<int>());
        if (total > 12)
        {
            throw GraphProblem.BadRequest($"The columns of {where} are {total} units wide; a section has 12.");
        }

        return new JsonObject
        {
            ["id"] = section["id"]?.ToString() ?? (index + 1).ToString(CultureInfo.InvariantCulture),
            ["layout"] = PageEnums.Check(section["layout"], $"{where}.layout", PageEnums.HorizontalSectionLayout)
                ?? throw GraphProblem.BadRequest($"{where}.layout is required."),
            ["emphasis"] = PageEnums.Check(section["emphasis"], $"{where}.emphasis", PageEnums.SectionEmphasis, "none"),
            ["columns"] = new JsonArray(read.Select(c => (JsonNode)c).ToArray()),
        };
    }

    private JsonObject Column(JsonNode? node, string where, int index)
    {
        var column = node as JsonObject ?? throw GraphProblem.BadRequest($"{where} must be an object.");
        if (column["width"] is not JsonValue widthValue || widthValue.GetValueKind() != JsonValueKind.Number
            || !widthValue.TryGetValue<int>(out var width) || width is < 1 or > 12)
        {
            throw GraphProblem.BadRequest($"{where}.width must be a whole number from 1 to 12.");
        }

        return new JsonObject
        {
            ["id"] = column["id"]?.ToString() ?? (index + 1).ToString(CultureInfo.InvariantCulture),
            ["width"] = width,
            ["webparts"] = WebParts(column["webparts"], where),
        };
    }

    private JsonArray WebParts(JsonNode? node, string where)
    {
        if (node is null)
        {
            return [];
        }

        var parts = node as JsonArray ?? throw GraphProblem.BadRequest($"{where}.webparts must be an array.");
        return new JsonArray(parts.Select((p, i) => (JsonNode)WebPart(p, $"{where}.webparts[{i}]")).ToArray());
    }

    private JsonObject WebPart(JsonNode? node, string where)
    {
        var part = node as JsonObject ?? throw GraphProblem.BadRequest($"{where} must be an object.");
        var type = part["@odata.type"]?.ToString().TrimStart('#').Replace("microsoft.graph.", "", StringComparison.Ordinal);
        var id = part["id"]?.ToString() is { Length: > 0 } given ? given : Guid.NewGuid().ToString();
        if (type == "textWebPart" || (type is null && part["innerHtml"] is not null))
        {
            return new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.textWebPart",
                ["id"] = id,
                ["innerHtml"] = part["innerHtml"]?.ToString() ?? "",
            };
        }

        if (type == "standardWebPart" || (type is null && part["webPartType"] is not null))
        {
            var result = new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.standardWebPart",
                ["id"] = id,
                ["webPartType"] = CheckType(part["webPartType"]?.ToString(), where),
                ["data"] = part["data"] is JsonObject data ? data.DeepClone() : new JsonObject(),
            };
            if (part["containerTextWebPartId"] is { } container)
            {
                result["containerTextWebPartId"] = container.DeepClone();
            }

            return result;
        }

        throw GraphProblem.BadRequest($"{where} is neither a textWebPart (innerHtml) nor a standardWebPart (webPartType).");
    }

    private string CheckType(string? webPartType, string where)
    {
        if (!Guid.TryParse(webPartType, out var guid))
        {
            throw GraphProblem.BadRequest($"{where}.webPartType must be a web part GUID, not '{webPartType}'.");
        }

        if (strictWebParts && !WebPartTypes.Supported.ContainsKey(guid))
        {
            var name = WebPartTypes.RestOnly.TryGetValue(guid, out var known) ? $"The {known} web part" : $"The web part type {guid}";
            throw GraphProblem.BadRequest($"{name} is not supported for page creation through Microsoft Graph v1.0; add it through SharePoint REST.");
        }

        return guid.ToString();
    }
}
