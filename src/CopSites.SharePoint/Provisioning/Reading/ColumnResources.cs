using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>Site and list columns (Graph columnDefinition) as resources keyed by internal name.</summary>
internal static class ColumnResources
{
    public static ActualResource Site(JsonObject column) =>
        new(new ResourceKey(ResourceKind.SiteColumn, Json.Text(column, "name")!), Json.Text(column, "id")!, (JsonObject)column.DeepClone());

    public static ActualResource List(string listTitle, JsonObject column) =>
        new(new ResourceKey(ResourceKind.ListColumn, listTitle + "/" + Json.Text(column, "name")), Json.Text(column, "id")!, (JsonObject)column.DeepClone());
}
