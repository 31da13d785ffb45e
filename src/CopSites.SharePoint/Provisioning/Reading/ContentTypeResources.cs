using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>Site content types (keyed by name: ids are the tenant's to assign) and their column links.</summary>
internal static class ContentTypeResources
{
    public static ActualResource ContentType(JsonObject contentType) =>
        new(new ResourceKey(ResourceKind.ContentType, Json.Text(contentType, "name")!), Json.Text(contentType, "id")!, (JsonObject)contentType.DeepClone());

    public static IEnumerable<ActualResource> Columns(JsonObject contentType, JsonNode? columns) =>
        Json.Values(columns).Select(c => new ActualResource(
            new ResourceKey(ResourceKind.ContentTypeColumn, Json.Text(contentType, "name") + "/" + Json.Text(c, "name")),
            Json.Text(c, "id")!,
            Json.Pick(c, "name", "required", "hidden")));
}
