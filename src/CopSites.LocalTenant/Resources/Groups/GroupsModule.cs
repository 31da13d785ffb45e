using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant.Resources.Groups;

/// <summary>
/// /groups: Microsoft 365 groups. Creating a Unified group creates its team site at /sites/{mailNickname}
/// (at once: the real service takes seconds, see docs/local-tenant.md).
/// </summary>
internal sealed partial class GroupsModule : IGraphRouteModule
{
    private static readonly string[] Visibilities = ["Public", "Private", "HiddenMembership"];

    public void Map(RouteTable routes)
    {
        routes.MapGet("groups", ListAsync);
        routes.MapPost("groups", CreateAsync);
        routes.MapGet("groups/{group-id}", GetAsync);
        routes.MapPatch("groups/{group-id}", UpdateAsync);
        routes.MapDelete("groups/{group-id}", DeleteAsync);
    }

    internal static async Task<StoredEntity> RequireAsync(TenantSession session, string groupId, CancellationToken ct) =>
        await session.GetAsync(EntityKinds.Group, "", groupId, ct)
        ?? throw new GraphProblem(404, "Request_ResourceNotFound", $"Resource '{groupId}' does not exist or one of its queried reference-property objects are not present.");

    private static async Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var groups = await call.Tenant.Database.ReadAsync(s => s.ListAllAsync(EntityKinds.Group, ct), ct);
        return GraphResult.Ok(CollectionResponder.Page(call, groups.Select(GroupJson.ToGraph), "groups"));
    }

    private static async Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var group = await call.Tenant.Database.ReadAsync(s => RequireAsync(s, call.Route("group-id"), ct), ct);
        return GraphResult.Ok(CollectionResponder.Select(GroupJson.ToGraph(group), call.OData.Select));
    }

    private static async Task<GraphResult> CreateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        var displayName = Required(body, "displayName");
        var nickname = Required(body, "mailNickname");
        if (!MailNickname().IsMatch(nickname))
        {
            throw GraphProblem.BadRequest($"Invalid value specified for property 'mailNickname' of resource 'Group': '{nickname}'.");
        }

        var visibility = body["visibility"]?.GetValue<string>() ?? "Public";
        CheckVisibility(visibility);
        var unified = body["groupTypes"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "Unified");
        var owners = ReferencedUsers(call, body, "owners@odata.bind");
        var members = ReferencedUsers(call, body, "members@odata.bind");
        var groupId = Guid.NewGuid().ToString();

        var created = await call.Tenant.Database.WriteAsync(async s =>
        {
            var taken = await s.FindByPropertyAsync(EntityKinds.Group, "", "mailNickname", nickname, ct);
            if (taken.Count > 0)
            {
                throw new GraphProblem(400, "Request_BadRequest", "Another object with the same value for property mailNickname already exists.");
            }

            string? siteId = null;
            if (unified)
            {
                var path = await FreeSitePathAsync(s, nickname, ct);
                var site = await SiteFactory.CreateAsync(s, call.Tenant.HostName, path, displayName, body["description"]?.GetValue<string>() ?? "", groupId, ct);
                siteId = site.Id;
            }

            var doc = new JsonObject
            {
                ["id"] = groupId,
                ["displayName"] = displayName,
                ["description"] = body["description"]?.DeepClone(),
                ["mailNickname"] = nickname,
                ["mail"] = $"{nickname}@{call.Tenant.Users.Domain}",
                ["visibility"] = visibility,
                ["groupTypes"] = unified ? new JsonArray("Unified") : new JsonArray(),
                ["mailEnabled"] = body["mailEnabled"]?.GetValue<bool>() ?? unified,
                ["securityEnabled"] = body["securityEnabled"]?.GetValue<bool>() ?? false,
                ["resourceProvisioningOptions"] = new JsonArray(),
                ["createdDateTime"] = call.Tenant.Clock.GetUtcNow().UtcDateTime,
                ["siteId"] = siteId,
            };
            var group = await s.InsertAsync(EntityKinds.Group, "", groupId, doc, ct);
            foreach (var owner in owners)
            {
                await s.InsertAsync(EntityKinds.GroupOwner, groupId, owner, new JsonObject { ["id"] = owner }, ct);
            }

            foreach (var member in members.Union(owners))
            {
                await s.InsertAsync(EntityKinds.GroupMember, groupId, member, new JsonObject { ["id"] = member }, ct);
            }

            return group;
        }, ct);
        return GraphResult.Created(GroupJson.ToGraph(created));
    }

    private static async Task<GraphResult> UpdateAsync(GraphCall call, CancellationToken ct)
    {
        var body = call.JsonBody();
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var group = await RequireAsync(s, call.Route("group-id"), ct);
            var doc = group.CloneDocument();
            foreach (var (name, value) in body)
            {
                switch (name)
                {
                    case "visibility":
                        CheckVisibility(value?.GetValue<string>() ?? "");
                        doc[name] = value?.DeepClone();
                        break;
                    case "displayName" or "description":
                        doc[name] = value?.DeepClone();
                        break;
                    case "@odata.type":
                        // The SDK's Group model always sends "#microsoft.graph.group"; Graph accepts it.
                        break;
                    default:
                        throw GraphProblem.BadRequest($"Property '{name}' cannot be updated on a group here.");
                }
            }

            if (doc["siteId"]?.GetValue<string>() is { } siteId && body["displayName"] is not null
                && await s.GetAsync(EntityKinds.Site, "", siteId, ct) is { } site)
            {
                var siteDoc = site.CloneDocument();
                siteDoc["displayName"] = body["displayName"]!.DeepClone();
                await s.ReplaceAsync(EntityKinds.Site, "", siteId, siteDoc, null, ct);
            }

            await s.ReplaceAsync(EntityKinds.Group, "", group.Id, doc, null, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task<GraphResult> DeleteAsync(GraphCall call, CancellationToken ct)
    {
        await call.Tenant.Database.WriteAsync(async s =>
        {
            var group = await RequireAsync(s, call.Route("group-id"), ct);
            if (group.Document["siteId"]?.GetValue<string>() is { } siteId)
            {
                await s.DeleteAsync(EntityKinds.Site, "", siteId, ct);
            }

            await s.DeleteAsync(EntityKinds.Group, "", group.Id, ct);
        }, ct);
        return GraphResult.NoContent();
    }

    private static async Task<string> FreeSitePathAsync(TenantSession session, string nickname, CancellationToken ct)
    {
        for (var n = 0; ; n++)
        {
            var path = "/sites/" + nickname + (n == 0 ? "" : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if ((await session.FindByPropertyAsync(EntityKinds.Site, "", "serverRelativePath", path, ct)).Count == 0)
            {
                return path;
            }
        }
    }

    private static IReadOnlyList<string> ReferencedUsers(GraphCall call, JsonObject body, string property) =>
        body[property] is JsonArray refs
            ? refs.Select(r => GroupReferences.ResolveUser(call, r?.GetValue<string>() ?? "").Id).Distinct().ToArray()
            : [];

    private static string Required(JsonObject body, string property) =>
        body[property]?.GetValue<string>() is { Length: > 0 } value
            ? value
            : throw GraphProblem.BadRequest($"Property '{property}' is required to create a group.");

    private static void CheckVisibility(string visibility)
    {
        if (!Visibilities.Contains(visibility, StringComparer.OrdinalIgnoreCase))
        {
            throw GraphProblem.BadRequest($"Invalid visibility '{visibility}': use Public, Private or HiddenMembership.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex MailNickname();
}
