namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>
/// The words the two page formats use for the same thing: Graph's section layout and emphasis names against
/// CanvasContent1's column factors (12-grid, 0 for full width) and zoneEmphasis numbers.
/// </summary>
internal static class CanvasVocabulary
{
    private static readonly string[] Emphases = ["none", "neutral", "soft", "strong"];

    /// <summary>Graph's sectionEmphasisType from CanvasContent1's zoneEmphasis.</summary>
    public static string Emphasis(int zoneEmphasis) => zoneEmphasis >= 0 && zoneEmphasis < Emphases.Length ? Emphases[zoneEmphasis] : "none";

    /// <summary>CanvasContent1's zoneEmphasis from Graph's sectionEmphasisType.</summary>
    public static int ZoneEmphasis(string? emphasis) => Math.Max(0, Array.IndexOf(Emphases, emphasis ?? "none"));

    /// <summary>Graph's horizontalSectionLayoutType from the factors of a zone's columns, left to right.</summary>
    public static string Layout(IReadOnlyList<int> factors) => factors switch
    {
        [0] => "fullWidth",
        [4, 8] => "oneThirdLeftColumn",
        [8, 4] => "oneThirdRightColumn",
        [_, _, _] => "threeColumns",
        [_, _] => "twoColumns",
        _ => "oneColumn",
    };

    /// <summary>The column factors of a Graph layout, used when a stored column has no width.</summary>
    public static IReadOnlyList<int> Factors(string? layout) => layout switch
    {
        "fullWidth" => [0],
        "oneThirdLeftColumn" => [4, 8],
        "oneThirdRightColumn" => [8, 4],
        "threeColumns" => [4, 4, 4],
        "twoColumns" => [6, 6],
        _ => [12],
    };
}
