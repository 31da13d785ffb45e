using System.Text.Json.Nodes;
using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Lists;
using CopSites.LocalTenant.SharePointRest.Pipeline;

namespace CopSites.LocalTenant.SharePointRest.Users;

/// <summary>
/// _api/web/ensureuser: a site's user id for a person (what person and lookup fields store as XLookupId). Graph v1.0
/// has no such call, so a data row naming a person by sign-in name needs it.
/// </summary>
internal sealed class EnsureUserModule : IRestRouteModule
{
    private const string ClaimPrefix = "i:0#.f|membership|";

    public void Map(RestRouteTable routes)
    {
        routes.Map("POST", "web/ensureuser", ScopeRequirement.SitesWrite, (r, _) => EnsureAsync(r, Json(r)));
        routes.Map("POST", "web/ensureuser('{logonName}')", ScopeRequirement.SitesWrite, (r, _) => EnsureAsync(r, r.Route("logonName").Replace("''", "'", StringComparison.Ordinal)));
        // What a person field's LookupId stands for: SharePoint answers 404 for an id that is no user of the site.
        routes.Map("GET", "web/getuserbyid({id})", ScopeRequirement.SitesRead, (r, _) => ByIdAsync(r, r.Route("id")));
    }

    private static Task<RestResult> ByIdAsync(RestRequest request, string id)
    {
        var user = int.TryParse(id, out var lookupId) ? UserLookupIds.Find(request.Tenant.Users, lookupId) : null;
        if (user is null)
        {
            throw new RestProblem(404, "-2146232832, Microsoft.SharePoint.SPException", "User cannot be found.");
        }

        return Task.FromResult(RestResult.Ok(User(request, user, lookupId)));
    }

    private static RestEntity User(RestRequest request, Directory.UserAccount user, int id) =>
        new("SP.User", "SP.Data.UserInfoItem", $"Web/GetUserById({id})", new JsonObject
        {
            ["Id"] = id,
            ["LoginName"] = ClaimPrefix + user.UserPrincipalName,
            ["Title"] = user.DisplayName,
            ["Email"] = user.UserPrincipalName,
            ["UserPrincipalName"] = user.UserPrincipalName,
            ["PrincipalType"] = 1,
        });

    private static string Json(RestRequest request) =>
        RestRequest.Property(request.JsonBody(), "logonName")?.GetValue<string>() ?? throw RestProblem.Argument("logonName is required.");

    private static Task<RestResult> EnsureAsync(RestRequest request, string logonName)
    {
        var upn = logonName.StartsWith(ClaimPrefix, StringComparison.OrdinalIgnoreCase) ? logonName[ClaimPrefix.Length..] : logonName;
        var user = request.Tenant.Users.Find(upn)
            ?? throw new RestProblem(404, "-2146232832, Microsoft.SharePoint.SPException", $"The specified user {logonName} could not be found.");
        return Task.FromResult(RestResult.Ok(User(request, user, UserLookupIds.Of(request.Tenant.Users, user))));
    }
}
