namespace CopSites.LocalTenant.Protocol;

/// <summary>Who is calling, as the bearer token says.</summary>
/// <param name="UserPrincipalName">The user's UPN, or the app's name for app-only tokens.</param>
/// <param name="ObjectId">The user's object id.</param>
/// <param name="AppId">The client application id; the throttling budget is kept per app.</param>
/// <param name="Scopes">Delegated scopes (scp) or application roles (roles).</param>
public sealed record Caller(string UserPrincipalName, string ObjectId, string AppId, IReadOnlySet<string> Scopes)
{
    /// <summary>True when any of <paramref name="acceptable"/> was granted.</summary>
    public bool HasAny(IEnumerable<string> acceptable) => acceptable.Any(Scopes.Contains);
}
