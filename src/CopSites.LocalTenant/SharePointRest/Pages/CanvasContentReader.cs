using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.SharePointRest.Pipeline;

namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>
/// Turns CanvasContent1 (a JSON array of controls: 4 text, 3 web part, 0 page settings, none an empty column) into
/// Graph's canvasLayout: zones become horizontal sections, their sectionIndex columns, controlIndex the order inside
/// a column; layoutIndex 2 is the vertical section. Any web part id is accepted, as SharePoint REST does.
/// </summary>
internal static class CanvasContentReader
{
    private sealed record Control(double Zone, int Column, int Factor, double Order, int LayoutIndex, int ZoneEmphasis, JsonObject? WebPart);

    public static JsonObject ToCanvasLayout(string? canvasContent1)
    {
        var controls = Parse(canvasContent1).Select(ToControl).OfType<Control>().ToList();
        var sections = controls.Where(c => c.LayoutIndex != 2)
            .GroupBy(c => c.Zone)
            .OrderBy(z => z.Key)
            .Select((zone, zoneIndex) =>
            {
                var columns = zone.GroupBy(c => c.Column).OrderBy(c => c.Key).ToList();
                return (JsonNode)new JsonObject
                {
                    ["id"] = (zoneIndex + 1).ToString(CultureInfo.InvariantCulture),
                    ["layout"] = CanvasVocabulary.Layout(columns.Select(c => c.First().Factor).ToList()),
                    ["emphasis"] = CanvasVocabulary.Emphasis(zone.Max(c => c.ZoneEmphasis)),
                    ["columns"] = new JsonArray(columns.Select((column, columnIndex) => (JsonNode)new JsonObject
                    {
                        ["id"] = (columnIndex + 1).ToString(CultureInfo.InvariantCulture),
                        ["width"] = column.First().Factor,
                        ["webparts"] = WebParts(column),
                    }).ToArray()),
                };
            })
            .ToArray();
        var layout = new JsonObject { ["horizontalSections"] = new JsonArray(sections) };
        var vertical = controls.Where(c => c.LayoutIndex == 2).ToList();
        if (vertical.Count > 0)
        {
            layout["verticalSection"] = new JsonObject
            {
                ["emphasis"] = CanvasVocabulary.Emphasis(vertical.Max(c => c.ZoneEmphasis)),
                ["webparts"] = WebParts(vertical),
            };
        }

        return layout;
    }

    private static JsonArray WebParts(IEnumerable<Control> controls) =>
        new(controls.Where(c => c.WebPart is not null).OrderBy(c => c.Order).Select(c => (JsonNode)c.WebPart!.DeepClone()).ToArray());

    private static JsonArray Parse(string? canvasContent1)
    {
        if (string.IsNullOrWhiteSpace(canvasContent1))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(canvasContent1) as JsonArray ?? throw RestProblem.Argument("CanvasContent1 must be a JSON array of controls.");
        }
        catch (JsonException e)
        {
            throw RestProblem.Argument("CanvasContent1 is not valid JSON: " + e.Message);
        }
    }

    private static Control? ToControl(JsonNode? node)
    {
        if (node is not JsonObject control || control["pageSettingsSlice"] is not null || control["position"] is not JsonObject position)
        {
            return null;
        }

        var type = Number(control["controlType"], -1);
        var webPart = type switch
        {
            4 => CanvasWebParts.Text(control),
            3 => CanvasWebParts.Standard(control),
            _ => null,
        };
        if (type is not (-1 or 3 or 4))
        {
            return null;
        }

        return new Control(
            Number(position["zoneIndex"], 1),
            (int)Number(position["sectionIndex"], 1),
            (int)Number(position["sectionFactor"], 12),
            Number(position["controlIndex"], 1),
            (int)Number(position["layoutIndex"], 1),
            (int)Number(control["emphasis"]?["zoneEmphasis"], 0),
            webPart);
    }

    private static double Number(JsonNode? node, double fallback) =>
        node is JsonValue v && (v.TryGetValue<double>(out var d) || (v.TryGetValue<string>(out var s) && double.TryParse(s, CultureInfo.InvariantCulture, out d)))
            ? d
            : fallback;
}
