using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Groups;

/// <summary>Resolves "@odata.id" references such as https://graph.microsoft.com/v1.0/directoryObjects/{id} or .../users/{upn}.</summary>
internal static class GroupReferences
{
    public static UserAccount ResolveUser(GraphCall call, string reference)
    {
        var key = reference.TrimEnd('/').Split('/')[^1];
        var open = key.IndexOf("('", StringComparison.Ordinal);
        if (open >= 0)
        {
            key = key[(open + 2)..].TrimEnd(')', '\'');
        }

        return call.Tenant.Users.Find(Uri.UnescapeDataString(key))
            ?? throw new GraphProblem(404, "Request_ResourceNotFound", $"Resource '{key}' does not exist or one of its queried reference-property objects are not present.");
    }
}
