using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Teams;

/// <summary>
/// Channel messages and their replies: the conversation signal indicators read (who posts, who answers whom).
/// As in Teams, listing a channel gives top-level messages only, newest first, 20 a page (up to 50 with $top);
/// replies come from .../replies or $expand=replies. Ids are Unix milliseconds, unique within the channel.
/// </summary>
internal sealed class ChannelMessagesModule : IGraphRouteModule
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 50;
    private static readonly ScopeRequirement SendScopes = new(["ChannelMessage.Send", "Group.ReadWrite.All"]);
    private static readonly string[] Importances = ["normal", "high", "urgent"];
    private static readonly string[] ContentTypes = ["text", "html"];

    public void Map(RouteTable routes)
    {
        foreach (var team in new[] { "teams/{team-id}", "groups/{group-id}/team" })
        {
            var messages = $"{team}/channels/{{channel-id}}/messages";
            routes.MapGet(messages, ListAsync, ScopeRequirement.TeamRead);
            routes.MapPost(messages, PostAsync, SendScopes);
            routes.MapGet($"{messages}/{{chatMessage-id}}", GetAsync, ScopeRequirement.TeamRead);
            routes.MapGet($"{messages}/{{chatMessage-id}}/replies", ListAsync, ScopeRequirement.TeamRead);
            routes.MapPost($"{messages}/{{chatMessage-id}}/replies", PostAsync, SendScopes);
            routes.MapGet($"{messages}/{{chatMessage-id}}/replies/{{chatMessage-id1}}", GetAsync, ScopeRequirement.TeamRead);
            foreach (var target in new[] { $"{messages}/{{chatMessage-id}}", $"{messages}/{{chatMessage-id}}/replies/{{chatMessage-id1}}" })
            {
                routes.MapPost($"{target}/setReaction", (c, ct) => ReactAsync(c, true, ct), SendScopes);
                routes.MapPost($"{target}/unsetReaction", (c, ct) => ReactAsync(c, false, ct), SendScopes);
            }
        }
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var expandReplies = call.OData.ExpandOf("replies") is not null;
        var (teamId, channelId, items) = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (team, channel, parent) = await ResolveAsync(s, call, ct);
            var scope = parent is null ? TeamStore.MessageScope(team.Id, channel.Id) : TenantSession.ChildScope(parent.Scope, parent.Id);
            var result = new List<JsonObject>();
            foreach (var message in (await s.ListAsync(EntityKinds.ChannelMessage, scope, ct)).Reverse())
            {
                var json = ChatMessageJson.ToGraph(message, team.Id, channel.Id, call.Tenant);
                if (expandReplies && parent is null)
                {
                    var replies = await s.ListAsync(EntityKinds.ChannelMessage, TenantSession.ChildScope(scope, message.Id), ct);
                    json["replies"] = new JsonArray(replies.Reverse().Select(r => (JsonNode)ChatMessageJson.ToGraph(r, team.Id, channel.Id, call.Tenant)).ToArray());
                }

                result.Add(json);
            }

            return (team.Id, channel.Id, result);
        }, ct);
        var context = $"teams('{teamId}')/channels('{Uri.EscapeDataString(channelId)}')/messages";
        if (call.RouteValues.TryGetValue("chatMessage-id", out var parentId))
        {
            context += $"('{parentId}')/replies";
        }

        return GraphResult.Ok(CollectionResponder.Page(call, items, context, DefaultPageSize, MaxPageSize));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var (message, teamId, channelId) = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (team, channel, parent) = await ResolveAsync(s, call, ct);
            if (!call.RouteValues.TryGetValue("chatMessage-id1", out var replyId))
            {
                return (parent!, team.Id, channel.Id);
            }

            var reply = await s.GetAsync(EntityKinds.ChannelMessage, TenantSession.ChildScope(parent!.Scope, parent.Id), replyId, ct)
                ?? throw new GraphProblem(404, "NotFound", $"Reply {replyId} was not found under message {parent.Id}.");
            return (reply, team.Id, channel.Id);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Select(ChatMessageJson.ToGraph(message, teamId, channelId, call.Tenant), call.OData.Select));
    }

    private static async Task<GraphResult> PostAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var content = body["body"] as JsonObject;
        if (content?["content"]?.GetValue<string>() is not { Length: > 0 })
        {
            throw new GraphProblem(400, "BadRequest", "A message needs a body with content.");
        }

        var contentType = content["contentType"]?.GetValue<string>() ?? "text";
        var importance = body["importance"]?.GetValue<string>() ?? "normal";
        if (!ContentTypes.Contains(contentType) || !Importances.Contains(importance))
        {
            throw new GraphProblem(400, "BadRequest", $"Invalid body.contentType '{contentType}' or importance '{importance}'.");
        }

        var (message, teamId, channelId) = await call.Tenant.Database.WriteAsync(async s =>
        {
            var (team, channel, parent) = await ResolveAsync(s, call, ct);
            var now = call.Tenant.Clock.GetUtcNow();
            var id = Math.Max(now.ToUnixTimeMilliseconds(), (channel.Document["lastMessageId"]?.GetValue<long>() ?? 0) + 1);
            var channelDoc = channel.CloneDocument();
            channelDoc["lastMessageId"] = id;
            await s.ReplaceAsync(EntityKinds.Channel, channel.Scope, channel.Id, channelDoc, null, ct);

            var doc = new JsonObject
            {
                ["id"] = id.ToString(CultureInfo.InvariantCulture),
                ["replyToId"] = parent?.Id,
                ["createdDateTime"] = now.UtcDateTime,
                ["lastModifiedDateTime"] = now.UtcDateTime,
                ["subject"] = parent is null ? body["subject"]?.DeepClone() : null,
                ["importance"] = importance,
                ["from"] = ChatMessageJson.From(call),
                ["body"] = new JsonObject { ["contentType"] = contentType, ["content"] = content["content"]!.DeepClone() },
                ["mentions"] = body["mentions"]?.DeepClone() ?? new JsonArray(),
                ["reactions"] = new JsonArray(),
            };
            var scope = parent is null ? TeamStore.MessageScope(team.Id, channel.Id) : TenantSession.ChildScope(parent.Scope, parent.Id);
            return (await s.InsertAsync(EntityKinds.ChannelMessage, scope, doc["id"]!.GetValue<string>(), doc, ct), team.Id, channel.Id);
        }, ct);
        return GraphResult.Created(ChatMessageJson.ToGraph(message, teamId, channelId, call.Tenant));
    }

    private static async Task<GraphResult> ReactAsync(GraphCall call, bool set, CancellationToken ct)
    {
        var reactionType = call.JsonBody()["reactionType"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(reactionType))
        {
            throw new GraphProblem(400, "BadRequest", "reactionType is required.");
        }

        var user = call.Tenant.Users.Find(call.Caller.UserPrincipalName)
            ?? throw new GraphProblem(403, "Forbidden", "Only users can react to messages.");
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (_, _, parent) = await ResolveAsync(s, call, ct);
            var target = call.RouteValues.TryGetValue("chatMessage-id1", out var replyId)
                ? await s.GetAsync(EntityKinds.ChannelMessage, TenantSession.ChildScope(parent!.Scope, parent.Id), replyId, ct)
                  ?? throw new GraphProblem(404, "NotFound", $"Reply {replyId} was not found.")
                : parent!;
            var doc = target.CloneDocument();
            var reactions = doc["reactions"] as JsonArray ?? [];
            var mine = reactions.FirstOrDefault(r => r?["reactionType"]?.GetValue<string>() == reactionType && r["user"]?["user"]?["id"]?.GetValue<string>() == user.Id);
            if (set && mine is null)
            {
                reactions.Add(new JsonObject
                {
                    ["reactionType"] = reactionType,
                    ["displayName"] = null,
                    ["reactionContentUrl"] = null,
                    ["createdDateTime"] = call.Tenant.Clock.GetUtcNow().UtcDateTime,
                    ["user"] = new JsonObject { ["application"] = null, ["device"] = null, ["user"] = ChatMessageJson.UserIdentity(user) },
                });
            }
            else if (!set && mine is not null)
            {
                reactions.Remove(mine);
            }

            doc["reactions"] = reactions.DeepClone();
            await s.ReplaceAsync(EntityKinds.ChannelMessage, target.Scope, target.Id, doc, null, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    /// <summary>The team, channel and (when the route names one) top-level message of a call.</summary>
    private static async Task<(StoredEntity Team, StoredEntity Channel, StoredEntity? Message)> ResolveAsync(TenantSession s, GraphCall call, CancellationToken ct)
    {
        var (team, _) = await TeamStore.RequireTeamAsync(s, TeamStore.TeamId(call), ct);
        var channel = await TeamStore.RequireChannelAsync(s, team.Id, call.Route("channel-id"), ct);
        var message = call.RouteValues.TryGetValue("chatMessage-id", out var messageId)
            ? await TeamStore.RequireMessageAsync(s, team.Id, channel.Id, messageId, ct)
            : null;
        return (team, channel, message);
    }
}
