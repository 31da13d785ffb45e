using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>Term groups, sets and terms keyed by their names: "Group", "Group/Set", "Group/Set/Term/Child".</summary>
internal static class TermResources
{
    public static ActualResource Group(JsonObject group) =>
        new(new ResourceKey(ResourceKind.TermGroup, Json.Text(group, "displayName")!), Json.Text(group, "id")!, (JsonObject)group.DeepClone());

    public static ActualResource Set(string groupName, JsonObject set) =>
        new(new ResourceKey(ResourceKind.TermSet, groupName + "/" + SetName(set)), Json.Text(set, "id")!, (JsonObject)set.DeepClone());

    public static ActualResource Term(string parentPath, JsonObject term) =>
        new(new ResourceKey(ResourceKind.Term, parentPath + "/" + Label(term)), Json.Text(term, "id")!, (JsonObject)term.DeepClone());

    public static string SetName(JsonObject set) =>
        (set["localizedNames"] as JsonArray)?.OfType<JsonObject>().Select(n => Json.Text(n, "name")).FirstOrDefault() ?? Json.Text(set, "id")!;

    public static string Label(JsonObject term)
    {
        var labels = (term["labels"] as JsonArray)?.OfType<JsonObject>().ToArray() ?? [];
        return Json.Text(labels.FirstOrDefault(l => Json.Text(l, "isDefault") == "true") ?? labels.FirstOrDefault(), "name") ?? Json.Text(term, "id")!;
    }
}
