using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Groups;

/// <summary>/groups/{id}/members and /owners: list, add by $ref, remove by $ref.</summary>
internal sealed class GroupMembershipModule : IGraphRouteModule
{
    public void Map(RouteTable routes)
    {
        foreach (var (segment, kind) in new[] { ("members", EntityKinds.GroupMember), ("owners", EntityKinds.GroupOwner) })
        {
            routes.MapGet($"groups/{{group-id}}/{segment}", (call, ct) => ListAsync(call, kind, ct));
            routes.MapGet($"groups/{{group-id}}/{segment}/graph.user", (call, ct) => ListAsync(call, kind, ct));
            routes.MapPost($"groups/{{group-id}}/{segment}/$ref", (call, ct) => AddAsync(call, kind, ct));
            routes.MapDelete($"groups/{{group-id}}/{segment}/{{directoryObject-id}}/$ref", (call, ct) => RemoveAsync(call, kind, ct));
        }
    }

    private static async Task<GraphResult> ListAsync(GraphCall call, string kind, CancellationToken ct)
    {
        var ids = await call.Tenant.Database.ReadAsync(async s =>
        {
            await GroupsModule.RequireAsync(s, call.Route("group-id"), ct);
            return await s.ListAsync(kind, call.Route("group-id"), ct);
        }, ct);
        var users = ids.Select(i => call.Tenant.Users.Find(i.Id)).OfType<UserAccount>().Select(UserDirectory.ToJson);
        return GraphResult.Ok(CollectionResponder.Page(call, users, "directoryObjects"));
    }

    private static async Task<GraphResult> AddAsync(GraphCall call, string kind, CancellationToken ct)
    {
        var reference = call.JsonBody()["@odata.id"]?.GetValue<string>()
            ?? throw GraphProblem.BadRequest("The body must name the directory object in '@odata.id'.");
        var user = GroupReferences.ResolveUser(call, reference);
        await call.Tenant.Database.WriteAsync(async s =>
        {
            await GroupsModule.RequireAsync(s, call.Route("group-id"), ct);
            if (await s.GetAsync(kind, call.Route("group-id"), user.Id, ct) is not null)
            {
                throw new GraphProblem(400, "Request_BadRequest", "One or more added object references already exist for the following modified properties: 'members'.");
            }

            await s.InsertAsync(kind, call.Route("group-id"), user.Id, new JsonObject { ["id"] = user.Id }, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task<GraphResult> RemoveAsync(GraphCall call, string kind, CancellationToken ct)
    {
        var removed = await call.Tenant.Database.WriteAsync(async s =>
        {
            await GroupsModule.RequireAsync(s, call.Route("group-id"), ct);
            var user = call.Tenant.Users.Find(call.Route("directoryObject-id"));
            return user is not null && await s.DeleteAsync(kind, call.Route("group-id"), user.Id, ct);
        }, ct);
        return removed
            ? GraphResult.NoContent()
            : throw new GraphProblem(404, "Request_ResourceNotFound", $"'{call.Route("directoryObject-id")}' is not in the group.");
    }
}
