using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;
using static CopSites.Provisioning.Extraction.SiteIndex;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// Modern pages as <c>pnp:ClientSidePage</c>s: the reverse of the engine's <c>CanvasLayoutMapper</c> and
/// <c>PageBuilder</c>. Each horizontal section becomes a section of the matching PnP type, its columns' web parts
/// become canvas controls. Pages are written with <c>Overwrite="true"</c>, so applying the template again brings a
/// page back to what was extracted (edits by people are still kept unless asked).
/// </summary>
internal sealed class PageExtractor(SiteIndex index, SiteUrlTokens urls, ExtractionNotes notes)
{
    private static readonly Dictionary<string, string> SectionTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["oneColumn"] = "OneColumn",
        ["fullWidth"] = "OneColumnFullWidth",
        ["twoColumns"] = "TwoColumn",
        ["threeColumns"] = "ThreeColumn",
        ["oneThirdRightColumn"] = "TwoColumnLeft",
        ["oneThirdLeftColumn"] = "TwoColumnRight",
    };

    public IEnumerable<ClientSidePage> Pages()
    {
        var webParts = new WebPartReader(index, urls, notes);
        foreach (var page in index.State.OfKind(ResourceKind.Page).OrderBy(p => p.Key.Path, StringComparer.Ordinal))
        {
            var name = page.Key.Path;
            var where = $"page '{name}'";
            var layout = Text(page.Properties, "pageLayout") switch
            {
                "article" => "Article",
                "home" => "Home",
                var other => Unsupported(where, other),
            };
            if (layout is null)
            {
                continue;
            }

            var sections = Sections(page.Properties["canvasLayout"] as JsonObject, webParts, where);
            var promotion = Text(page.Properties, "promotionKind");
            yield return new ClientSidePage(
                name.EndsWith(".aspx", StringComparison.OrdinalIgnoreCase) ? name[..^".aspx".Length] : name,
                Text(page.Properties, "title") is { } title ? notes.Literal(title, where) : null,
                layout,
                promotion == "newsPost" ? true : promotion == "page" ? false : null,
                null,
                true,
                Text(page.Properties["publishingState"], "level") == "published" ? true : null,
                Flag(page.Properties, "showComments"),
                null, null, null, sections, [], [], SourceLocation.None);
        }
    }

    private string? Unsupported(string where, string? layout)
    {
        notes.Warn($"{where} has layout '{layout}'; templates build Article and Home pages only, so it is left out.");
        return null;
    }

    private ValueList<PageSection> Sections(JsonObject? canvas, WebPartReader webParts, string where)
    {
        if (canvas?["verticalSection"] is JsonObject)
        {
            notes.Warn($"{where} has a vertical section, which the engine cannot build; its web parts are left out.");
        }

        var sections = new List<PageSection>();
        foreach (var section in (canvas?["horizontalSections"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            var number = sections.Count + 1;
            if (!SectionTypes.TryGetValue(Text(section, "layout") ?? "oneColumn", out var type))
            {
                notes.Warn($"{where}: section {number} has layout '{Text(section, "layout")}', which has no PnP equivalent; it is left out.");
                continue;
            }

            var columns = new List<PageColumn>();
            var columnNumber = 0;
            foreach (var column in (section["columns"] as JsonArray)?.OfType<JsonObject>() ?? [])
            {
                columnNumber++;
                var controls = new List<PageControl>();
                foreach (var webPart in (column["webparts"] as JsonArray)?.OfType<JsonObject>() ?? [])
                {
                    if (webParts.Control(webPart, controls.Count + 1, $"{where} section {number}") is { } control)
                    {
                        controls.Add(control);
                    }
                }

                if (controls.Count > 0)
                {
                    columns.Add(new PageColumn(columnNumber, controls.ToValueList()));
                }
            }

            var emphasis = Text(section, "emphasis") switch
            {
                "neutral" => "Neutral",
                "soft" => "Soft",
                "strong" => "Strong",
                _ => null,
            };
            sections.Add(new PageSection(number, type, emphasis, null, null, null, null, columns.ToValueList(), SourceLocation.None));
        }

        return sections.ToValueList();
    }
}
