using System.Text.Json.Nodes;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Teams;

/// <summary>
/// Teams on Microsoft 365 groups: PUT groups/{id}/team "teamifies" a Unified group (at once; the real service may
/// take seconds and answer 404 right after the group is created), then teams/{id} reads it. The team id is the group id.
/// </summary>
internal sealed class TeamsModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        routes.MapPut("groups/{group-id}/team", CreateAsync, ScopeRequirement.GroupWrite);
        routes.MapGet("groups/{group-id}/team", GetAsync, ScopeRequirement.TeamRead);
        routes.MapGet("teams/{team-id}", GetAsync, ScopeRequirement.TeamRead);
        routes.MapGet("teams", ListAsync, ScopeRequirement.TeamRead);
        routes.MapGet("teams/{team-id}/primaryChannel", PrimaryChannelAsync, ScopeRequirement.TeamRead);
        routes.MapGet("groups/{group-id}/team/primaryChannel", PrimaryChannelAsync, ScopeRequirement.TeamRead);
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.Body.Length == 0 ? new JsonObject() : call.JsonBody();
        var groupId = call.Route("group-id");
        var (team, group) = await call.Tenant.Database.WriteAsync(async s =>
        {
            var group = await TeamStore.RequireGroupAsync(s, groupId, ct);
            if (group.Document["groupTypes"] is not JsonArray types || !types.Any(t => t?.GetValue<string>() == "Unified"))
            {
                throw new GraphProblem(400, "BadRequest", "A team can only be created for a Microsoft 365 (Unified) group.");
            }

            if ((await s.ListAsync(EntityKinds.GroupOwner, group.Id, ct)).Count == 0)
            {
                throw new GraphProblem(400, "BadRequest", "The group must have at least one owner before a team can be created.");
            }

            if (await s.GetAsync(EntityKinds.Team, group.Id, group.Id, ct) is not null)
            {
                throw new GraphProblem(409, "Conflict", $"A team already exists for group {group.Id}.");
            }

            var now = call.Tenant.Clock.GetUtcNow();
            var generalId = TeamStore.NewChannelId();
            var doc = TeamJson.DefaultSettings();
            foreach (var (name, value) in body)
            {
                if (doc[name] is JsonObject settings && value is JsonObject requested)
                {
                    foreach (var (key, setting) in requested)
                    {
                        settings[key] = setting?.DeepClone();
                    }
                }
            }

            doc["id"] = group.Id;
            doc["createdDateTime"] = now.UtcDateTime;
            doc["generalChannelId"] = generalId;
            doc["isArchived"] = false;
            var team = await s.InsertAsync(EntityKinds.Team, group.Id, group.Id, doc, ct);
            await s.InsertAsync(EntityKinds.Channel, group.Id, generalId,
                TeamJson.ChannelDocument(generalId, "General", null, "standard", true, now), ct);

            var groupDoc = group.CloneDocument();
            groupDoc["resourceProvisioningOptions"] = new JsonArray("Team");
            group = await s.ReplaceAsync(EntityKinds.Group, "", group.Id, groupDoc, null, ct);
            return (team, group);
        }, ct);

        var json = TeamJson.Team(team, group, call.Tenant);
        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#teams/$entity");
        return GraphResult.Created(json).WithHeader("Location", $"/teams('{team.Id}')");
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var (team, group) = await call.Tenant.Database.ReadAsync(s => TeamStore.RequireTeamAsync(s, TeamStore.TeamId(call), ct), ct);
        var json = CollectionResponder.Select(TeamJson.Team(team, group, call.Tenant), call.OData.Select);
        json.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#teams/$entity");
        return GraphResult.Ok(json);
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var teams = await call.Tenant.Database.ReadAsync(async s =>
        {
            var result = new List<JsonObject>();
            foreach (var team in await s.ListAllAsync(EntityKinds.Team, ct))
            {
                if (await s.GetAsync(EntityKinds.Group, "", team.Id, ct) is { } group)
                {
                    result.Add(TeamJson.Team(team, group, call.Tenant));
                }
            }

            return result;
        }, ct);
        return GraphResult.Ok(CollectionResponder.Page(call, teams, "teams"));
    }

    private static async Task<GraphResult> PrimaryChannelAsync(GraphCall call, CancellationToken ct)
    {
        var teamId = TeamStore.TeamId(call);
        var channel = await call.Tenant.Database.ReadAsync(async s =>
        {
            var (team, _) = await TeamStore.RequireTeamAsync(s, teamId, ct);
            return await TeamStore.RequireChannelAsync(s, team.Id, team.Document["generalChannelId"]!.GetValue<string>(), ct);
        }, ct);
        return GraphResult.Ok(CollectionResponder.Select(TeamJson.Channel(channel, channel.Scope, call.Tenant), call.OData.Select));
    }
}
