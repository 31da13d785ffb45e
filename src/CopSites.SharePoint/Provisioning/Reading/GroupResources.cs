using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>The group, its owners and its members as resources.</summary>
internal static class GroupResources
{
    public static ActualResource Group(string alias, JsonObject group) =>
        new(new ResourceKey(ResourceKind.Group, alias), Json.Text(group, "id")!, Json.Pick(group, "displayName", "description", "visibility", "mailNickname"));

    public static async Task<IReadOnlyList<ActualResource>> ReadMembershipAsync(GraphReads graph, string groupId, CancellationToken ct)
    {
        var bodies = await graph.GetAsync(
        [
            ("read group owners", $"groups/{groupId}/owners?$select=id,userPrincipalName"),
            ("read group members", $"groups/{groupId}/members?$select=id,userPrincipalName"),
        ], ct);
        return People(bodies[0], ResourceKind.GroupOwner).Concat(People(bodies[1], ResourceKind.GroupMember)).ToArray();
    }

    private static IEnumerable<ActualResource> People(JsonNode? body, ResourceKind kind) =>
        Json.Values(body).Where(u => Json.Text(u, "userPrincipalName") is not null)
            .Select(u => new ActualResource(new ResourceKey(kind, Json.Text(u, "userPrincipalName")!.ToLowerInvariant()), Json.Text(u, "id")!, new JsonObject()));
}
