using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CopSites.LocalTenant.Directory;

namespace CopSites.LocalTenant.SharePointRest.Pages;

/// <summary>
/// The stored page (kind page, scope siteId) is Graph's sitePage JSON, shared with the Graph pages routes. This builds
/// a new one from a REST create and applies REST's publishing steps to it.
/// </summary>
internal static partial class SitePageDocument
{
    /// <summary>A new checked-out page, as POST _api/sitepages/pages leaves it.</summary>
    public static JsonObject Create(string name, string title, string pageLayoutType, bool news, UserAccount? author)
    {
        var page = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = name,
            ["title"] = title,
            ["description"] = "",
            ["pageLayout"] = GraphLayout(pageLayoutType),
            ["promotionKind"] = news ? "newsPost" : "page",
            ["showComments"] = true,
            ["showRecommendedPages"] = false,
            ["publishingState"] = new JsonObject { ["level"] = "checkout", ["versionId"] = "0.1" },
            ["titleArea"] = new JsonObject
            {
                ["layout"] = "imageAndTitle",
                ["showAuthor"] = true,
                ["showPublishedDate"] = false,
                ["textAlignment"] = "left",
                ["enableGradientEffect"] = true,
            },
            ["canvasLayout"] = new JsonObject { ["horizontalSections"] = new JsonArray() },
        };
        if (author is not null)
        {
            page["createdBy"] = UserDirectory.IdentitySet(author);
            page["lastModifiedBy"] = UserDirectory.IdentitySet(author);
        }

        return page;
    }

    /// <summary>Graph's pageLayoutType from REST's PageLayoutType ("Article" → "article").</summary>
    public static string GraphLayout(string pageLayoutType) =>
        pageLayoutType.Length == 0 ? "article" : char.ToLowerInvariant(pageLayoutType[0]) + pageLayoutType[1..];

    /// <summary>REST's PageLayoutType from Graph's pageLayout.</summary>
    public static string RestLayout(string? pageLayout) =>
        string.IsNullOrEmpty(pageLayout) ? "Article" : char.ToUpperInvariant(pageLayout[0]) + pageLayout[1..];

    /// <summary>A file name from a title, as the page editor makes it: unsafe characters and spaces become dashes.</summary>
    public static string FileNameFromTitle(string title) => UnsafeCharacters().Replace(title.Trim(), "-").Trim('-') + ".aspx";

    /// <summary>Sets the publishing level and moves the version: a save adds a minor version, a publish makes the next major.</summary>
    public static void Step(JsonObject page, string level, bool major, UserAccount? editor)
    {
        var current = page["publishingState"]?["versionId"]?.ToString() ?? "0.1";
        var parts = current.Split('.');
        var majorPart = int.TryParse(parts[0], out var m) ? m : 0;
        var minorPart = parts.Length > 1 && int.TryParse(parts[1], out var n) ? n : 0;
        var version = major ? $"{majorPart + 1}.0" : $"{majorPart}.{minorPart + 1}";
        page["publishingState"] = new JsonObject { ["level"] = level, ["versionId"] = version };
        if (editor is not null)
        {
            page["lastModifiedBy"] = UserDirectory.IdentitySet(editor);
        }
    }

    /// <summary>The version number as text, for REST's Version property.</summary>
    public static string Version(JsonObject page) => page["publishingState"]?["versionId"]?.ToString() ?? "1.0";

    public static string Level(JsonObject page) => page["publishingState"]?["level"]?.ToString() ?? "published";

    [GeneratedRegex(@"[\s\\/:*?""<>|#%{}~&]+", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeCharacters();

    internal static string Untitled(int n) => string.Create(CultureInfo.InvariantCulture, $"Untitled_{n}.aspx");
}
