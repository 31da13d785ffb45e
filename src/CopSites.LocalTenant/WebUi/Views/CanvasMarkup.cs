using System.Text.Json.Nodes;
using CopSites.LocalTenant.WebUi.Data;
using CopSites.LocalTenant.WebUi.Html;
using CopSites.LocalTenant.WebUi.WebParts;

namespace CopSites.LocalTenant.WebUi.Views;

/// <summary>
/// A page's canvasLayout on SharePoint's 12-column grid: each horizontal section is a row of columns spanning their
/// stored width (or, when it is missing, the width the section layout implies); a vertical section runs beside them.
/// </summary>
internal static class CanvasMarkup
{
    public static async Task<Markup> RenderAsync(JsonObject? canvas, WebPartContext context)
    {
        var sections = new List<Markup>();
        foreach (var section in (canvas.Array("horizontalSections") ?? []).OfType<JsonObject>())
        {
            var layout = section.Text("layout") ?? "oneColumn";
            var columns = (section.Array("columns") ?? []).OfType<JsonObject>().ToList();
            var cells = new List<Markup>();
            for (var i = 0; i < columns.Count; i++)
            {
                var width = columns[i]["width"].Number() is { } w && w is >= 1 and <= 12 ? (int)w : ImpliedWidth(layout, i, columns.Count);
                var parts = await WebPartsAsync(columns[i].Array("webparts"), context with { Span = width });
                cells.Add(Markup.Html($"<div class=\"cs-col\" style=\"grid-column: span {width}\">{parts}</div>"));
            }

            sections.Add(Markup.Html($"<section class=\"cs-section {Emphasis(section)}\" data-layout=\"{layout}\"><div class=\"cs-grid\">{Markup.Join(cells)}</div></section>"));
        }

        var main = Markup.Join(sections);
        if (canvas.Object("verticalSection") is not { } vertical)
        {
            return Markup.Html($"<div class=\"canvas\">{main}</div>");
        }

        var side = await WebPartsAsync(vertical.Array("webparts"), context with { Span = 4 });
        return Markup.Html($"<div class=\"canvas with-vertical\"><div class=\"canvas-main\">{main}</div><aside class=\"canvas-vertical cs-section {Emphasis(vertical)}\">{side}</aside></div>");
    }

    /// <summary>Column widths of Graph's horizontalSectionLayoutType values.</summary>
    public static int ImpliedWidth(string layout, int index, int count) => layout switch
    {
        "twoColumns" => 6,
        "threeColumns" => 4,
        "oneThirdLeftColumn" => index == 0 ? 4 : 8,
        "oneThirdRightColumn" => index == 0 ? 8 : 4,
        _ => Math.Max(1, 12 / Math.Max(1, count)),
    };

    private static string Emphasis(JsonObject section) => section.Text("emphasis") is "neutral" or "soft" or "strong" ? section.Text("emphasis")! : "";

    private static async Task<Markup> WebPartsAsync(JsonArray? webParts, WebPartContext context)
    {
        var rendered = new List<Markup>();
        foreach (var webPart in (webParts ?? []).OfType<JsonObject>())
        {
            rendered.Add(await WebPartRenderer.RenderAsync(webPart, context));
        }

        return Markup.Join(rendered);
    }
}
