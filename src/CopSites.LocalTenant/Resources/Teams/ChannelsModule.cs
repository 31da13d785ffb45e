using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Teams;

/// <summary>
/// teams/{id}/channels (and the same under groups/{id}/team). Channel names follow Teams' rules: at most 50 characters,
/// none of ~ # % &amp; * { } + / \ : &lt; &gt; ? | ' " , and unique in the team, which Teams reports as 400, not 409.
/// The General channel cannot be renamed or deleted.
/// </summary>
internal sealed class ChannelsModule : IGraphRouteModule
{
    private const int MaxNameLength = 50;
    private static readonly char[] ForbiddenNameCharacters = ['~', '#', '%', '&', '*', '{', '}', '+', '/', '\\', ':', '<', '>', '?', '|', '\'', '"', ','];
    private static readonly string[] MembershipTypes = ["standard", "private", "shared"];

    public void Map(RouteTable routes)
    {
        foreach (var team in new[] { "teams/{team-id}", "groups/{group-id}/team" })
        {
            routes.MapGet($"{team}/channels", ListAsync, ScopeRequirement.TeamRead);
            routes.MapPost($"{team}/channels", CreateAsync, ScopeRequirement.TeamWrite);
            routes.MapGet($"{team}/channels/{{channel-id}}", GetAsync, ScopeRequirement.TeamRead);
            routes.MapPatch($"{team}/channels/{{channel-id}}", UpdateAsync, ScopeRequirement.TeamWrite);
            routes.MapDelete($"{team}/channels/{{channel-id}}", DeleteAsync, ScopeRequirement.TeamWrite);
        }
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var (teamId, channels) = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (team, _) = await TeamStore.RequireTeamAsync(s, TeamStore.TeamId(call), ct);
            return (team.Id, await s.ListAsync(EntityKinds.Channel, team.Id, ct));
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, channels.Select(c => TeamJson.Channel(c, teamId, call.Tenant)), $"teams('{teamId}')/channels"));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var channel = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (team, _) = await TeamStore.RequireTeamAsync(s, TeamStore.TeamId(call), ct);
            return await TeamStore.RequireChannelAsync(s, team.Id, call.Route("channel-id"), ct);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Select(TeamJson.Channel(channel, channel.Scope, call.Tenant), call.OData.Select));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var name = CheckName(body["displayName"]?.GetValue<string>());
        var membership = body["membershipType"]?.GetValue<string>() ?? "standard";
        if (!MembershipTypes.Contains(membership))
        {
            throw new GraphProblem(400, "BadRequest", $"Invalid membershipType '{membership}'.");
        }

        var channel = await call.Tenant.Database.WriteAsync(async s =>
        {
            var (team, _) = await TeamStore.RequireTeamAsync(s, TeamStore.TeamId(call), ct);
            await CheckUniqueAsync(s, team.Id, name, null, ct);
            var id = TeamStore.NewChannelId();
            var doc = TeamJson.ChannelDocument(id, name, body["description"]?.GetValue<string>(), membership,
                body["isFavoriteByDefault"]?.GetValue<bool>() ?? false, call.Tenant.Clock.GetUtcNow());
            return await s.InsertAsync(EntityKinds.Channel, team.Id, id, doc, ct);
        }, ct);
        var json = TeamJson.Channel(channel, channel.Scope, call.Tenant);
        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#teams('{channel.Scope}')/channels/$entity");
        return GraphResult.Created(json);
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (team, _) = await TeamStore.RequireTeamAsync(s, TeamStore.TeamId(call), ct);
            var channel = await TeamStore.RequireChannelAsync(s, team.Id, call.Route("channel-id"), ct);
            var isGeneral = IsGeneral(team, channel);
            var doc = channel.CloneDocument();
            foreach (var (property, value) in body)
            {
                switch (property)
                {
                    case "displayName" when isGeneral:
                        throw new GraphProblem(400, "BadRequest", "The General channel cannot be renamed.");
                    case "displayName":
                        var name = CheckName(value?.GetValue<string>());
                        await CheckUniqueAsync(s, team.Id, name, channel.Id, ct);
                        doc[property] = name;
                        break;
                    case "description" or "isFavoriteByDefault":
                        doc[property] = value?.DeepClone();
                        break;
                    default:
                        throw new GraphProblem(400, "BadRequest", $"Property '{property}' cannot be updated on a channel.");
                }
            }

            await s.ReplaceAsync(EntityKinds.Channel, team.Id, channel.Id, doc, null, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var (team, _) = await TeamStore.RequireTeamAsync(s, TeamStore.TeamId(call), ct);
            var channel = await TeamStore.RequireChannelAsync(s, team.Id, call.Route("channel-id"), ct);
            if (IsGeneral(team, channel))
            {
                throw new GraphProblem(400, "BadRequest", "The General channel cannot be deleted.");
            }

            await s.DeleteAsync(EntityKinds.Channel, team.Id, channel.Id, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static bool IsGeneral(StoredEntity team, StoredEntity channel) =>
        string.Equals(team.Document["generalChannelId"]?.GetValue<string>(), channel.Id, StringComparison.OrdinalIgnoreCase);

    private static string CheckName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new GraphProblem(400, "BadRequest", "Channel name must not be empty.");
        }

        if (name.Length > MaxNameLength || name.IndexOfAny(ForbiddenNameCharacters) >= 0 || name.StartsWith('_') || name.StartsWith('.'))
        {
            throw new GraphProblem(400, "BadRequest", $"Channel name '{name}' is invalid: at most {MaxNameLength} characters, none of ~ # % & * {{ }} + / \\ : < > ? | ' \" , and not starting with _ or a period.");
        }

        return name.Trim();
    }

    private static async Task CheckUniqueAsync(TenantSession session, string teamId, string name, string? exceptId, CancellationToken ct)
    {
        var taken = await session.FindByPropertyAsync(EntityKinds.Channel, teamId, "displayName", name, ct);
        if (taken.Any(c => !string.Equals(c.Id, exceptId, StringComparison.OrdinalIgnoreCase)))
        {
            throw new GraphProblem(400, "BadRequest", "Channel name already existed, please use other name.");
        }
    }
}
