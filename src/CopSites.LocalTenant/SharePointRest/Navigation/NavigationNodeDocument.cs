using System.Text.Json.Nodes;

namespace CopSites.LocalTenant.SharePointRest.Navigation;

/// <summary>
/// The stored navigation node: kind navigationNode, scope "siteId/quicklaunch" or "siteId/topnavigationbar", id the
/// node's integer id as text. Doc {id, title, url, isDocLib, isExternal, isVisible, listTemplateType, audienceIds,
/// parentId (null at the top), order (position among siblings)}. Internal urls are server-relative.
/// </summary>
internal static class NavigationNodeDocument
{
    /// <summary>A new node. IsDocLib is true on every node, as SharePoint reports it whatever the link.</summary>
    public static JsonObject Create(int id, string title, string url, bool isExternal, int? parentId, int order) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["url"] = url,
        ["isDocLib"] = true,
        ["isExternal"] = isExternal,
        ["isVisible"] = true,
        ["listTemplateType"] = 0,
        ["audienceIds"] = null,
        ["parentId"] = parentId,
        ["order"] = order,
    };

    public static int Id(JsonObject doc) => doc["id"]!.GetValue<int>();

    public static int? ParentId(JsonObject doc) => doc["parentId"]?.GetValue<int>();

    public static int Order(JsonObject doc) => doc["order"]?.GetValue<int>() ?? 0;
}
