using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Groups;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Teams;

/// <summary>
/// Where teams, channels and messages live. A team shares its group's id and is stored in the group's scope, so
/// deleting the group removes the team, its channels (scope = team id) and their messages (scope = "teamId/channelId").
/// Replies live one level further down, under their parent message.
/// </summary>
internal static class TeamStore
{
    /// <summary>Teams routes exist both as teams/{team-id}/... and groups/{group-id}/team/...; both name the group.</summary>
    public static string TeamId(GraphCall call) =>
        call.RouteValues.TryGetValue("team-id", out var teamId) ? teamId : call.Route("group-id");

    /// <summary>The team and its group, or 404 as Teams reports a missing team.</summary>
    public static async Task<(StoredEntity Team, StoredEntity Group)> RequireTeamAsync(TenantSession session, string teamId, CancellationToken ct)
    {
        var group = await session.GetAsync(EntityKinds.Group, "", teamId, ct);
        var team = group is null ? null : await session.GetAsync(EntityKinds.Team, group.Id, group.Id, ct);
        if (group is null || team is null)
        {
            throw new GraphProblem(404, "NotFound", $"No team found with Group Id {teamId}");
        }

        return (team, group);
    }

    /// <summary>A channel of the team, or 404.</summary>
    public static async Task<StoredEntity> RequireChannelAsync(TenantSession session, string teamId, string channelId, CancellationToken ct) =>
        await session.GetAsync(EntityKinds.Channel, teamId, channelId, ct)
        ?? throw new GraphProblem(404, "NotFound", $"Channel {channelId} was not found in team {teamId}.");

    /// <summary>The scope of a channel's top-level messages.</summary>
    public static string MessageScope(string teamId, string channelId) => TenantSession.ChildScope(teamId, channelId);

    /// <summary>A top-level message of the channel, or 404.</summary>
    public static async Task<StoredEntity> RequireMessageAsync(TenantSession session, string teamId, string channelId, string messageId, CancellationToken ct) =>
        await session.GetAsync(EntityKinds.ChannelMessage, MessageScope(teamId, channelId), messageId, ct)
        ?? throw new GraphProblem(404, "NotFound", $"Message {messageId} was not found in channel {channelId}.");

    /// <summary>A new channel id in Teams' thread format.</summary>
    public static string NewChannelId() => $"19:{Guid.NewGuid():N}@thread.tacv2";

    /// <summary>Groups.RequireAsync re-exported so team handlers report a missing group the directory way.</summary>
    public static Task<StoredEntity> RequireGroupAsync(TenantSession session, string groupId, CancellationToken ct) =>
        GroupsModule.RequireAsync(session, groupId, ct);
}
