using System.Globalization;
using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.Resources.Pages;

/// <summary>
/// A page's publishingState as SharePoint moves it: a new page is checked out at 0.1; an edit keeps (or puts) it
/// checked out at the next minor version; publishing checks it in at the next major version. The provisioning engine
/// reads versionId and lastModifiedBy to tell pages people have edited from the ones it wrote.
/// </summary>
internal static class PublishingState
{
    /// <summary>The state of a new page.</summary>
    public static JsonObject New(JsonObject editor) => CheckedOut(0, 1, editor);

    /// <summary>The state after an edit.</summary>
    public static JsonObject AfterEdit(JsonNode? current, JsonObject editor)
    {
        var (major, minor) = Version(current);
        return CheckedOut(major, minor + 1, editor);
    }

    /// <summary>The state after publishing; a published page stays as it is.</summary>
    public static JsonObject AfterPublish(JsonNode? current)
    {
        if (current?["level"]?.ToString() == "published")
        {
            return (JsonObject)current.DeepClone();
        }

        var (major, _) = Version(current);
        return new JsonObject { ["level"] = "published", ["versionId"] = string.Create(CultureInfo.InvariantCulture, $"{major + 1}.0") };
    }

    private static JsonObject CheckedOut(int major, int minor, JsonObject editor) => new()
    {
        ["level"] = "checkout",
        ["versionId"] = string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}"),
        ["checkedOutBy"] = editor.DeepClone(),
    };

    private static (int Major, int Minor) Version(JsonNode? state)
    {
        var parts = (state?["versionId"]?.ToString() ?? "0.1").Split('.');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
    }
}
