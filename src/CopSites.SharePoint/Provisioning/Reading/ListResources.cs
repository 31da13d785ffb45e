using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>Lists with their columns, content types, drive and items.</summary>
internal static class ListResources
{
    public static bool IsLibrary(JsonObject list) =>
        Json.Text(list["list"], "template") is "documentLibrary" or "webPageLibrary" or "pictureLibrary";

    public static IEnumerable<ActualResource> ListWithChildren(JsonObject list)
    {
        var title = Json.Text(list, "displayName")!;
        var properties = (JsonObject)list.DeepClone();
        properties.Remove("columns");
        properties.Remove("contentTypes");
        yield return new ActualResource(new ResourceKey(ResourceKind.List, title), Json.Text(list, "id")!, properties);
        foreach (var column in (list["columns"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            yield return ColumnResources.List(title, column);
        }

        foreach (var contentType in (list["contentTypes"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            yield return new ActualResource(new ResourceKey(ResourceKind.ListContentType, title + "/" + Json.Text(contentType, "name")),
                Json.Text(contentType, "id")!, Json.Pick(contentType, "name", "id"));
        }
    }

    /// <summary>The list with its drive id, which file uploads need.</summary>
    public static ActualResource WithDrive(ActualResource list, JsonNode? drive)
    {
        var properties = (JsonObject)list.Properties.DeepClone();
        properties["driveId"] = Json.Text(drive, "id");
        return list with { Properties = properties };
    }

    /// <summary>Items keyed by their value in the key column ("Events/key=Kick-off").</summary>
    public static IEnumerable<ActualResource> Items(string listTitle, string keyColumn, JsonNode? items) =>
        Json.Values(items)
            .Where(i => Json.Text(i["fields"], keyColumn) is { Length: > 0 })
            .GroupBy(i => Json.Text(i["fields"], keyColumn)!, StringComparer.Ordinal)
            .Select(g => g.First())
            .Select(i => new ActualResource(new ResourceKey(ResourceKind.ListItem, $"{listTitle}/key={Json.Text(i["fields"], keyColumn)}"),
                Json.Text(i, "id")!, new JsonObject { ["fields"] = i["fields"]?.DeepClone() }));
}
