using System.Text.Json.Nodes;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>The identitySet of the caller for createdBy/lastModifiedBy: the user, or the application for app-only tokens.</summary>
public static class CallerIdentity
{
    /// <summary>{"user":{id,displayName,email}} or {"application":{id,displayName}}.</summary>
    public static JsonObject Of(GraphCall call) => call.Tenant.Users.Find(call.Caller.UserPrincipalName) is { } user
        ? UserDirectory.IdentitySet(user)
        : new JsonObject { ["application"] = new JsonObject { ["id"] = call.Caller.AppId, ["displayName"] = call.Caller.UserPrincipalName } };
}
