namespace CopSites.SharePoint.Connection.Auth;

/// <summary>Gets a bearer token for a set of scopes (MSAL, Azure.Identity or the local tenant). Implementations cache.</summary>
public interface ITokenSource
{
    /// <summary>A token for <paramref name="scopes"/>, e.g. ["https://graph.microsoft.com/.default"].</summary>
    Task<string> GetTokenAsync(IReadOnlyList<string> scopes, CancellationToken ct);
}
