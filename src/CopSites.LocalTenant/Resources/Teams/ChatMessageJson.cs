using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Teams;

/// <summary>Renders stored channel messages as microsoft.graph.chatMessage and builds the identities they carry.</summary>
internal static class ChatMessageJson
{
    private static readonly string[] StoredProperties = ["replyToId", "createdDateTime", "lastModifiedDateTime", "subject", "importance", "from", "body", "mentions", "reactions"];

    public static JsonObject ToGraph(StoredEntity message, string teamId, string channelId, TenantContext tenant)
    {
        var doc = message.Document;
        var parentId = doc["replyToId"]?.GetValue<string>() ?? message.Id;
        var json = new JsonObject
        {
            ["id"] = message.Id,
            ["etag"] = message.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["messageType"] = "message",
            ["lastEditedDateTime"] = null,
            ["deletedDateTime"] = null,
            ["summary"] = null,
            ["chatId"] = null,
            ["locale"] = "en-us",
            ["webUrl"] = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channelId)}/{message.Id}?groupId={teamId}&tenantId={tenant.TenantId}&parentMessageId={parentId}",
            ["policyViolation"] = null,
            ["eventDetail"] = null,
            ["channelIdentity"] = new JsonObject { ["teamId"] = teamId, ["channelId"] = channelId },
            ["attachments"] = new JsonArray(),
        };
        foreach (var name in StoredProperties)
        {
            json[name] = doc[name]?.DeepClone();
        }

        return json;
    }

    /// <summary>The chatMessageFromIdentitySet of the caller: a user, or the app for app-only tokens.</summary>
    public static JsonObject From(GraphCall call)
    {
        var user = call.Tenant.Users.Find(call.Caller.UserPrincipalName);
        return new JsonObject
        {
            ["application"] = user is null ? new JsonObject { ["id"] = call.Caller.AppId, ["displayName"] = call.Caller.UserPrincipalName, ["applicationIdentityType"] = "aadApplication" } : null,
            ["device"] = null,
            ["user"] = user is null ? null : UserIdentity(user),
        };
    }

    /// <summary>A Teams user identity (chatMessageReactionIdentitySet / chatMessageFromIdentitySet.user).</summary>
    public static JsonObject UserIdentity(UserAccount user) => new()
    {
        ["id"] = user.Id,
        ["displayName"] = user.DisplayName,
        ["userIdentityType"] = "aadUser",
    };
}
