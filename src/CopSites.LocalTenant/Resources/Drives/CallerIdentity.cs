using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Drives;

/// <summary>The identitySet of whoever makes a call, for createdBy and lastModifiedBy.</summary>
internal static class CallerIdentity
{
    /// <summary>The seeded user's identity, or the application's for app-only callers.</summary>
    public static JsonObject Of(GraphCall call) => call.Tenant.Users.Find(call.Caller.UserPrincipalName) is { } user
        ? UserDirectory.IdentitySet(user)
        : new JsonObject { ["application"] = new JsonObject { ["id"] = call.Caller.AppId, ["displayName"] = call.Caller.UserPrincipalName } };

    /// <summary>What SharePoint shows for things the system made (a new site's libraries and home page).</summary>
    public static JsonObject System() => new() { ["user"] = new JsonObject { ["displayName"] = "System Account" } };
}
