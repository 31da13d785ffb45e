using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>Server-relative paths of the pages the UI serves, and their encoding as link targets.</summary>
internal static class UiPaths
{
    public static string Join(string sitePath, string relative) => sitePath.TrimEnd('/') + "/" + relative.TrimStart('/');

    /// <summary>A list's server-relative path: the stored one, or built from its URL name and template.</summary>
    public static string ListPath(JsonObject list, string sitePath)
    {
        var stored = list.Text("serverRelativePath");
        if (stored is not null && stored.StartsWith('/'))
        {
            return stored;
        }

        var name = list.Text("name") ?? list.Text("id") ?? "";
        return Join(sitePath, IsLibrary(list) ? name : "Lists/" + name);
    }

    public static bool IsLibrary(JsonObject list) =>
        list.Object("list").Text("template") is "documentLibrary" or "webPageLibrary" or "pictureLibrary" or "mySiteDocumentLibrary"
        || list.Text("driveId") is not null;

    public static bool IsPageLibrary(JsonObject list) => list.Object("list").Text("template") == "webPageLibrary";

    public static string PagePath(string sitePath, string pageName) => Join(sitePath, "SitePages/" + pageName);

    /// <summary>A path as an href: each segment percent-encoded, so names with spaces, "#" or "?" stay one path.</summary>
    public static string Href(string path) =>
        "/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
}
