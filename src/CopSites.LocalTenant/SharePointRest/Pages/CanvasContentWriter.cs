using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>
/// Turns Graph's canvasLayout into CanvasContent1, the way SharePoint serialises a page: one control per web part
/// with its position, a placeholder for each empty column, the vertical section at layoutIndex 2, and the
/// page-settings slice last.
/// </summary>
internal static class CanvasContentWriter
{
    public static string ToCanvasContent1(JsonNode? canvasLayout)
    {
        var controls = new JsonArray();
        var sections = (canvasLayout?["horizontalSections"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        for (var zone = 1; zone <= sections.Count; zone++)
        {
            var section = sections[zone - 1];
            var emphasis = Emphasis(section["emphasis"]?.ToString());
            var columns = (section["columns"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
            var factors = CanvasVocabulary.Factors(section["layout"]?.ToString());
            for (var column = 1; column <= columns.Count; column++)
            {
                var width = columns[column - 1]["width"] is JsonValue w && w.TryGetValue<int>(out var n) ? n : factors.ElementAtOrDefault(column - 1);
                var webParts = (columns[column - 1]["webparts"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
                Add(controls, webParts, zone, column, width, 1, emphasis);
            }
        }

        if (canvasLayout?["verticalSection"] is JsonObject vertical)
        {
            var webParts = (vertical["webparts"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
            Add(controls, webParts, 1, 1, 12, 2, Emphasis(vertical["emphasis"]?.ToString()));
        }

        controls.Add(new JsonObject
        {
            ["controlType"] = 0,
            ["pageSettingsSlice"] = new JsonObject { ["isDefaultDescription"] = true, ["isDefaultThumbnail"] = true },
        });
        return controls.ToJsonString();
    }

    private static void Add(JsonArray controls, List<JsonObject> webParts, int zone, int column, int factor, int layoutIndex, JsonObject emphasis)
    {
        if (webParts.Count == 0)
        {
            controls.Add(new JsonObject { ["position"] = Position(zone, column, factor, null, layoutIndex), ["displayMode"] = 2, ["emphasis"] = emphasis.DeepClone() });
            return;
        }

        for (var index = 1; index <= webParts.Count; index++)
        {
            controls.Add(CanvasWebParts.ToControl(webParts[index - 1], Position(zone, column, factor, index, layoutIndex), (JsonObject)emphasis.DeepClone()));
        }
    }

    private static JsonObject Position(int zone, int column, int factor, int? control, int layoutIndex)
    {
        var position = new JsonObject { ["zoneIndex"] = zone, ["sectionIndex"] = column, ["sectionFactor"] = factor, ["layoutIndex"] = layoutIndex };
        if (control is { } index)
        {
            position["controlIndex"] = index;
        }

        return position;
    }

    private static JsonObject Emphasis(string? emphasis) =>
        CanvasVocabulary.ZoneEmphasis(emphasis) is var zone and > 0 ? new JsonObject { ["zoneEmphasis"] = zone } : [];
}
