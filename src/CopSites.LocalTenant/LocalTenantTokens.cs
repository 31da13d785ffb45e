using CopSites.LocalTenant.Auth;
using CopSites.LocalTenant.Directory;
using CopSites.LocalTenant.Hosting;
using CopSites.LocalTenant.Storage;

namespace CopSites.LocalTenant;

/// <summary>Issues tokens for a tenant's data folder without starting its server (the `copsites tenant token` command).</summary>
public static class LocalTenantTokens
{
    /// <summary>Issues a bearer token for a seeded user. Unknown users throw <see cref="ArgumentException"/> listing the known ones.</summary>
    public static async Task<string> IssueAsync(LocalTenantOptions options, string userPrincipalName, IEnumerable<string> scopes, CancellationToken ct)
    {
        var users = new UserDirectory(options.UserDomain);
        var user = users.Find(userPrincipalName) ?? throw new ArgumentException(
            $"Unknown user '{userPrincipalName}'. Seeded users: {string.Join(", ", users.Users.Select(u => u.UserPrincipalName))}.");
        await using var database = await TenantDatabase.OpenAsync(options.DataPath, TimeProvider.System, ct);
        var identity = await TenantBootstrap.EnsureAsync(database, options, ct);
        return TokenService.LoadOrCreate(TokenService.KeyPathFor(database.Path), identity.TenantId, TimeProvider.System).Issue(user, scopes);
    }
}
