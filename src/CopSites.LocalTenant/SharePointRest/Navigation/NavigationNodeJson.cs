using System.Text.Json.Nodes;
using CopSites.LocalTenant.SharePointRest.Pipeline;

namespace CopSites.LocalTenant.SharePointRest.Navigation;

/// <summary>Renders stored nodes as SP.NavigationNode, with Children expanded to the depth $expand asks for.</summary>
internal static class NavigationNodeJson
{
    public const string EntitySet = "SP.ApiData.NavigationNodes";

    /// <summary>How many levels of Children $expand asks for: "Children" is 1, "Children/Children" is 2.</summary>
    public static int ExpandDepth(RestRequest request) =>
        (request.Query.GetValueOrDefault("$expand") ?? "").Split(',')
            .Select(item => item.Trim().Split('/').TakeWhile(s => s.Trim().Equals("Children", StringComparison.OrdinalIgnoreCase)).Count())
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>The nodes whose parent is <paramref name="parentId"/>, in order, rendered.</summary>
    public static IReadOnlyList<RestEntity> Children(IReadOnlyList<JsonObject> menu, int? parentId, int depth) =>
        menu.Where(n => NavigationNodeDocument.ParentId(n) == parentId).Select(n => ToEntity(n, menu, depth)).ToList();

    public static RestEntity ToEntity(JsonObject node, IReadOnlyList<JsonObject> menu, int depth)
    {
        var id = NavigationNodeDocument.Id(node);
        var properties = new JsonObject
        {
            ["AudienceIds"] = node["audienceIds"]?.DeepClone(),
            ["CurrentLCID"] = 1033,
            ["Id"] = id,
            ["IsDocLib"] = node["isDocLib"]?.DeepClone(),
            ["IsExternal"] = node["isExternal"]?.DeepClone(),
            ["IsVisible"] = node["isVisible"]?.DeepClone(),
            ["ListTemplateType"] = node["listTemplateType"]?.DeepClone(),
            ["Title"] = node["title"]?.DeepClone(),
            ["Url"] = node["url"]?.DeepClone(),
        };
        var entity = new RestEntity("SP.NavigationNode", EntitySet, $"Web/Navigation/GetNodeById({id})", properties)
        {
            Deferred = ["Children"],
            CollectionTypes = new Dictionary<string, string> { ["AudienceIds"] = "Edm.Guid" },
        };
        return depth <= 0
            ? entity
            : entity with { ExpandedMany = new Dictionary<string, IReadOnlyList<RestEntity>> { ["Children"] = Children(menu, id, depth - 1) } };
    }
}
