using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Teams;

/// <summary>Renders teams and channels as microsoft.graph.team and microsoft.graph.channel.</summary>
internal static class TeamJson
{
    /// <summary>The settings a new team gets, as Teams reports them; a PUT body overrides single values.</summary>
    public static JsonObject DefaultSettings() => new()
    {
        ["memberSettings"] = new JsonObject
        {
            ["allowCreateUpdateChannels"] = true, ["allowCreatePrivateChannels"] = true, ["allowDeleteChannels"] = true,
            ["allowAddRemoveApps"] = true, ["allowCreateUpdateRemoveTabs"] = true, ["allowCreateUpdateRemoveConnectors"] = true,
        },
        ["guestSettings"] = new JsonObject { ["allowCreateUpdateChannels"] = false, ["allowDeleteChannels"] = false },
        ["messagingSettings"] = new JsonObject
        {
            ["allowUserEditMessages"] = true, ["allowUserDeleteMessages"] = true, ["allowOwnerDeleteMessages"] = true,
            ["allowTeamMentions"] = true, ["allowChannelMentions"] = true,
        },
        ["funSettings"] = new JsonObject
        {
            ["allowGiphy"] = true, ["giphyContentRating"] = "moderate", ["allowStickersAndMemes"] = true, ["allowCustomMemes"] = true,
        },
    };

    public static JsonObject Team(StoredEntity team, StoredEntity group, TenantContext tenant)
    {
        var doc = team.Document;
        var generalId = doc["generalChannelId"]!.GetValue<string>();
        var json = new JsonObject
        {
            ["id"] = team.Id,
            ["createdDateTime"] = doc["createdDateTime"]?.DeepClone(),
            ["displayName"] = group.Document["displayName"]?.DeepClone(),
            ["description"] = group.Document["description"]?.DeepClone(),
            ["internalId"] = generalId,
            ["classification"] = null,
            ["specialization"] = "none",
            ["visibility"] = (group.Document["visibility"]?.GetValue<string>() ?? "Public").ToLowerInvariant() == "private" ? "private" : "public",
            ["webUrl"] = $"https://teams.microsoft.com/l/team/{Uri.EscapeDataString(generalId)}/conversations?groupId={team.Id}&tenantId={tenant.TenantId}",
            ["isArchived"] = doc["isArchived"]?.DeepClone() ?? false,
            ["tenantId"] = tenant.TenantId,
        };
        foreach (var name in new[] { "memberSettings", "guestSettings", "messagingSettings", "funSettings" })
        {
            json[name] = doc[name]?.DeepClone();
        }

        return json;
    }

    public static JsonObject Channel(StoredEntity channel, string teamId, TenantContext tenant)
    {
        var doc = channel.Document;
        var name = doc["displayName"]!.GetValue<string>();
        return new JsonObject
        {
            ["id"] = channel.Id,
            ["createdDateTime"] = doc["createdDateTime"]?.DeepClone(),
            ["displayName"] = name,
            ["description"] = doc["description"]?.DeepClone(),
            ["isFavoriteByDefault"] = doc["isFavoriteByDefault"]?.DeepClone(),
            ["email"] = "",
            ["tenantId"] = tenant.TenantId,
            ["webUrl"] = $"https://teams.microsoft.com/l/channel/{Uri.EscapeDataString(channel.Id)}/{Uri.EscapeDataString(name)}?groupId={teamId}&tenantId={tenant.TenantId}",
            ["membershipType"] = doc["membershipType"]?.DeepClone() ?? "standard",
            ["isArchived"] = false,
        };
    }

    /// <summary>A channel document as stored.</summary>
    public static JsonObject ChannelDocument(string id, string displayName, string? description, string membershipType, bool isFavoriteByDefault, DateTimeOffset now) => new()
    {
        ["id"] = id,
        ["displayName"] = displayName,
        ["description"] = description,
        ["membershipType"] = membershipType,
        ["isFavoriteByDefault"] = isFavoriteByDefault,
        ["createdDateTime"] = now.UtcDateTime,
        ["lastMessageId"] = 0L,
    };
}
