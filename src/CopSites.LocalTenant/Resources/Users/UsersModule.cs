using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.OData;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Users;

/// <summary>
/// /users: the seeded directory, read-only. Like Entra ID, a user without $select shows only the default
/// properties; department and country (what indicators group by) must be asked for with $select.
/// These routes are outside the SDK template table's Sites/Groups/Teams/Drives/Reports/Shares subset but are Graph v1.0's users entity set.
/// </summary>
internal sealed class UsersModule : IGraphRouteModule
{
    // Graph's default page is 100 users; $top may ask for up to 999.
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 999;

    private static readonly string[] DefaultProperties =
    [
        "id", "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
        "preferredLanguage", "surname", "userPrincipalName",
    ];

    public void Map(RouteTable routes)
    {
        routes.MapGet("users", ListAsync);
        routes.MapGet("users/{user-id}", GetAsync);
    }

    private static Task<GraphResult> ListAsync(GraphCall call, CancellationToken ct)
    {
        var users = call.Tenant.Users.Users.Select(Full);
        var page = CollectionResponder.Page(call, users, "users", DefaultPageSize, MaxPageSize);
        if (call.OData.Select.Count == 0 && page["value"] is JsonArray values)
        {
            page["value"] = new JsonArray(values.Select(v => (JsonNode)Defaults((JsonObject)v!)).ToArray());
        }

        return Task.FromResult(GraphResult.Ok(page));
    }

    private static Task<GraphResult> GetAsync(GraphCall call, CancellationToken ct)
    {
        var key = call.Route("user-id");
        var user = call.Tenant.Users.Find(key)
            ?? throw new GraphProblem(404, "Request_ResourceNotFound",
                $"Resource '{key}' does not exist or one of its queried reference-property objects are not present.");
        var json = Full(user);
        var result = call.OData.Select.Count == 0 ? Defaults(json) : CollectionResponder.Select(json, call.OData.Select);
        result.Insert(0, "@odata.context", $"{call.Tenant.GraphBase}/$metadata#users/$entity");
        return Task.FromResult(GraphResult.Ok(result));
    }

    private static JsonObject Full(UserAccount user)
    {
        var json = UserDirectory.ToJson(user);
        json.Remove("@odata.type");
        var space = user.DisplayName.IndexOf(' ');
        json["givenName"] = space > 0 ? user.DisplayName[..space] : user.DisplayName;
        json["surname"] = space > 0 ? user.DisplayName[(space + 1)..] : null;
        json["businessPhones"] = new JsonArray();
        json["mobilePhone"] = null;
        json["officeLocation"] = null;
        json["preferredLanguage"] = "en-US";
        json["accountEnabled"] = true;
        json["usageLocation"] = null;
        return json;
    }

    private static JsonObject Defaults(JsonObject user)
    {
        var result = new JsonObject();
        foreach (var name in DefaultProperties)
        {
            result[name] = user[name]?.DeepClone();
        }

        return result;
    }
}
