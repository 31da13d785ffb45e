using System.Text.Json.Nodes;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.SharePointRest.Pipeline;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.SharePointRest.Web;

/// <summary>Renders a stored list (kind list, Graph template names) as SP.List with its SP.Folder root folder.</summary>
internal static class ListJson
{
    private static readonly IReadOnlyDictionary<string, int> BaseTemplates = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["genericList"] = 100,
        ["documentLibrary"] = 101,
        ["survey"] = 102,
        ["links"] = 103,
        ["announcements"] = 104,
        ["contacts"] = 105,
        ["events"] = 106,
        ["tasks"] = 107,
        ["discussionBoard"] = 108,
        ["pictureLibrary"] = 109,
        ["webPageLibrary"] = 119,
        ["tasksWithTimelineAndHierarchy"] = 171,
        ["issueTracking"] = 1100,
    };

    public static RestEntity ToEntity(StoredEntity list, int itemCount, bool expandRootFolder)
    {
        var doc = list.Document;
        var template = doc["list"]?["template"]?.GetValue<string>() ?? "genericList";
        var entityTypeName = EntityTypeName(doc["name"]?.GetValue<string>() ?? "", SiteFactory.IsLibrary(template));
        var properties = new JsonObject
        {
            ["BaseTemplate"] = BaseTemplates.GetValueOrDefault(template, 100),
            ["BaseType"] = SiteFactory.IsLibrary(template) ? 1 : template == "survey" ? 4 : 0,
            ["Created"] = WebJson.Date(list.Created),
            ["Description"] = doc["description"]?.DeepClone() ?? "",
            ["EntityTypeName"] = entityTypeName,
            ["Hidden"] = doc["list"]?["hidden"]?.GetValue<bool>() ?? false,
            ["Id"] = list.Id,
            ["ItemCount"] = itemCount,
            ["LastItemModifiedDate"] = WebJson.Date(list.Modified),
            ["ListItemEntityTypeFullName"] = $"SP.Data.{entityTypeName}Item",
            ["Title"] = doc["displayName"]?.DeepClone(),
        };
        var entity = new RestEntity("SP.List", "SP.ApiData.Lists", $"Web/Lists(guid'{list.Id}')", properties) { Deferred = ["RootFolder", "Items", "Fields"] };
        return expandRootFolder ? entity with { ExpandedOne = new Dictionary<string, RestEntity> { ["RootFolder"] = RootFolder(list) } } : entity;
    }

    public static RestEntity RootFolder(StoredEntity list)
    {
        var path = list.Document["serverRelativePath"]!.GetValue<string>();
        var properties = new JsonObject
        {
            ["Exists"] = true,
            ["Name"] = path.TrimEnd('/').Split('/')[^1],
            ["ServerRelativeUrl"] = path,
            ["UniqueId"] = list.Id,
        };
        return new RestEntity("SP.Folder", "SP.ApiData.Folders", $"Web/Lists(guid'{list.Id}')/RootFolder", properties);
    }

    // SharePoint encodes spaces as _x0020_ and suffixes lists (not libraries) with "List".
    private static string EntityTypeName(string urlName, bool library)
    {
        var encoded = urlName.Replace(" ", "_x0020_", StringComparison.Ordinal);
        return library ? encoded : encoded + "List";
    }
}
