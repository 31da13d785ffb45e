using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Pages;

/// <summary>
/// A page's sections as a Graph <c>canvasLayout</c>: one horizontal section per <c>pnp:Section</c> (ids 1, 2, … in
/// order), its columns with their widths on SharePoint's 12-column grid, and the controls of each column in order.
/// </summary>
public static class CanvasLayoutMapper
{
    // PnP's TwoColumnLeft has the wide column on the left (8 + 4): Graph calls that "one third right column".
    private static readonly Dictionary<string, (string Layout, int[] Widths)> Layouts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OneColumn"] = ("oneColumn", [12]),
        ["OneColumnFullWidth"] = ("fullWidth", [0]), // SharePoint's canvas gives a full-width column the factor 0.
        ["TwoColumn"] = ("twoColumns", [6, 6]),
        ["ThreeColumn"] = ("threeColumns", [4, 4, 4]),
        ["TwoColumnLeft"] = ("oneThirdRightColumn", [8, 4]),
        ["TwoColumnRight"] = ("oneThirdLeftColumn", [4, 8]),
    };

    /// <summary>The canvas layout of a page.</summary>
    /// <param name="page">The page.</param>
    /// <param name="pageName">The page file name, part of the stable ids of web parts without a ControlId.</param>
    /// <param name="scope">The page's token scope.</param>
    /// <param name="element">How errors name the page element.</param>
    public static JsonObject Map(ClientSidePage page, string pageName, TokenScope scope, string element)
    {
        var sections = new JsonArray();
        var ordered = page.Sections.Select((s, i) => (Section: s, Index: i)).OrderBy(s => s.Section.Order ?? int.MaxValue).ThenBy(s => s.Index).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            sections.Add(Section(ordered[i].Section, i + 1, pageName, scope, $"{element}/Section[{i + 1}]"));
        }

        return new JsonObject { ["horizontalSections"] = sections };
    }

    private static JsonObject Section(PageSection section, int number, string pageName, TokenScope scope, string element)
    {
        var type = section.Type ?? "OneColumn";
        if (!Layouts.TryGetValue(type, out var layout))
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, $"section {number} has layout '{type}'; CopSites builds OneColumn, OneColumnFullWidth, TwoColumn, ThreeColumn, TwoColumnLeft and TwoColumnRight sections (no vertical sections)");
            layout = Layouts["OneColumn"];
        }

        if (section.Collapsible == true)
        {
            scope.Fail(BuildErrorKind.UnsupportedFeature, $"section {number} is collapsible, which Graph pages cannot express");
        }

        var tooFar = section.Columns.Where(c => c.Number > layout.Widths.Length).Select(c => c.Number).ToList();
        if (tooFar.Count > 0)
        {
            scope.Fail(BuildErrorKind.InvalidValue, $"section {number} ('{type}') has {layout.Widths.Length} column(s) but controls are placed in column {string.Join(", ", tooFar)}");
        }

        var columns = new JsonArray();
        for (var c = 1; c <= layout.Widths.Length; c++)
        {
            var controls = section.Columns.FirstOrDefault(col => col.Number == c)?.Controls ?? [];
            var webParts = new JsonArray();
            var ordered = controls.Select((control, i) => (Control: control, Index: i)).OrderBy(x => x.Control.Order ?? int.MaxValue).ThenBy(x => x.Index).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var control = ordered[i].Control;
                var fallback = StableGuid.For($"copsites:control:{pageName}/{number}/{c}/{i + 1}");
                var part = $"{element}/CanvasControl[{c}.{i + 1}]";
                webParts.Add(control.Kind == PageControlKind.Text
                    ? WebPartMapper.Text(control, fallback, scope, part)
                    : WebPartMapper.Standard(control, fallback, scope, part));
            }

            columns.Add(new JsonObject { ["id"] = Text(c), ["width"] = layout.Widths[c - 1], ["webparts"] = webParts });
        }

        return new JsonObject
        {
            ["id"] = Text(number),
            ["layout"] = layout.Layout,
            ["emphasis"] = (section.BackgroundEmphasis ?? "None").ToLowerInvariant(),
            ["columns"] = columns,
        };
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
