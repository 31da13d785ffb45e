using Azure.Core;
using Azure.Identity;

namespace CopSites.SharePoint.Connection.Auth;

/// <summary>App-only tokens from the host's managed identity (Azure.Identity caches them).</summary>
public sealed class ManagedIdentityTokenSource(ManagedIdentityAuthentication options) : ITokenSource
{
    /// <summary>The credential (exposed for configuration tests).</summary>
    public ManagedIdentityCredential Credential { get; } = new(options.UserAssignedClientId is { } id
        ? ManagedIdentityId.FromUserAssignedClientId(id)
        : ManagedIdentityId.SystemAssigned);

    /// <inheritdoc />
    public async Task<string> GetTokenAsync(IReadOnlyList<string> scopes, CancellationToken ct) =>
        (await Credential.GetTokenAsync(new TokenRequestContext([.. scopes]), ct).ConfigureAwait(false)).Token;
}
