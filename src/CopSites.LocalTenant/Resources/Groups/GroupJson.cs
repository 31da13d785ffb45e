using System.Text.Json.Nodes;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Groups;

/// <summary>Renders a stored group as microsoft.graph.group.</summary>
internal static class GroupJson
{
    private static readonly string[] GraphProperties =
    [
        "id", "displayName", "description", "mailNickname", "mail", "visibility", "groupTypes", "mailEnabled",
        "securityEnabled", "resourceProvisioningOptions", "createdDateTime",
    ];

    public static JsonObject ToGraph(StoredEntity group)
    {
        var json = new JsonObject();
        foreach (var name in GraphProperties)
        {
            if (group.Document[name] is { } value)
            {
                json[name] = value.DeepClone();
            }
        }

        return json;
    }
}
