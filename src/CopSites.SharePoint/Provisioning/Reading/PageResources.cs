using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>Site pages keyed by file name, with who changed them last (user edits are kept unless asked).</summary>
internal static class PageResources
{
    public static ActualResource Page(JsonObject page)
    {
        var user = page["lastModifiedBy"]?["user"];
        var modifiedBy = Json.Text(user, "email") ?? Json.Text(user, "userPrincipalName") ?? Json.Text(user, "displayName");
        return new ActualResource(new ResourceKey(ResourceKind.Page, Json.Text(page, "name")!), Json.Text(page, "id")!, (JsonObject)page.DeepClone())
        {
            LastModifiedBy = modifiedBy,
        };
    }
}
