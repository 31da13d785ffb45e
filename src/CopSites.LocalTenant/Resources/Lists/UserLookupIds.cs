using CopSites.LocalTenant.Directory;

namespace CopSites.LocalTenant.Resources.Lists;

/// <summary>
/// Person fields hold ids of SharePoint's hidden User Information List (AuthorLookupId, AssignedToLookupId). Here every
/// seeded user has the same id on every site: its place in the directory plus <see cref="First"/>; app-only writes
/// are SharePoint's "SharePoint App" principal, <see cref="SharePointApp"/>.
/// </summary>
public static class UserLookupIds
{
    /// <summary>The lookup id of the first directory user (lower ids belong to SharePoint's own principals).</summary>
    public const int First = 7;

    /// <summary>The lookup id SharePoint gives app-only callers.</summary>
    public const int SharePointApp = 1073741822;

    /// <summary>The lookup id of a user.</summary>
    public static int Of(UserDirectory users, UserAccount user) => users.Users.ToList().IndexOf(user) + First;

    /// <summary>The user with a lookup id, or null.</summary>
    public static UserAccount? Find(UserDirectory users, int lookupId) =>
        lookupId - First is var index && index >= 0 && index < users.Users.Count ? users.Users[index] : null;

    /// <summary>The lookup id for a createdBy/lastModifiedBy identity set (users by id or email; anything else is the app).</summary>
    public static int OfIdentity(UserDirectory users, System.Text.Json.Nodes.JsonNode? identitySet)
    {
        var user = identitySet?["user"];
        var account = users.Find(user?["id"]?.GetValue<string>() ?? "") ?? users.Find(user?["email"]?.GetValue<string>() ?? "");
        return account is null ? SharePointApp : Of(users, account);
    }
}
