using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>The page enums of the v1.0 CSDL (unknownFutureValue is a sentinel clients may not send).</summary>
internal static class PageEnums
{
    public static readonly string[] HorizontalSectionLayout = ["none", "oneColumn", "twoColumns", "threeColumns", "oneThirdLeftColumn", "oneThirdRightColumn", "fullWidth"];
    public static readonly string[] SectionEmphasis = ["none", "neutral", "soft", "strong"];
    public static readonly string[] PageLayout = ["microsoftReserved", "article", "home"];
    public static readonly string[] TitleAreaLayout = ["imageAndTitle", "plain", "colorBlock", "overlap"];
    public static readonly string[] TitleAreaTextAlignment = ["left", "center"];
    public static readonly string[] PagePromotion = ["microsoftReserved", "page", "newsPost"];

    /// <summary>The value, or 400 naming the allowed members; <paramref name="fallback"/> when absent.</summary>
    public static string? Check(System.Text.Json.Nodes.JsonNode? node, string property, string[] members, string? fallback = null)
    {
        if (node is null)
        {
            return fallback;
        }

        var value = node.ToString();
        return members.FirstOrDefault(m => m.Equals(value, StringComparison.Ordinal))
            ?? throw GraphProblem.BadRequest($"Invalid value '{value}' for {property}; expected one of: {string.Join(", ", members)}.");
    }
}
