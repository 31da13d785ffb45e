using Microsoft.Kiota.Abstractions.Authentication;

namespace CopSites.SharePoint.Connection.Auth;

/// <summary>
/// Kiota's token provider for one resource (Graph or SharePoint): the token for <see cref="Scopes"/> goes only to
/// allowed hosts (others get no Authorization header, as the SDK's own providers do), and only over https except to
/// loopback hosts (the SDK's "Only https is supported" rule).
/// </summary>
public sealed class HostScopedTokenProvider(ITokenSource source, IReadOnlyList<string> scopes, IEnumerable<string> allowedHosts) : IAccessTokenProvider
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "::1", "[::1]"];

    /// <summary>The scopes asked for.</summary>
    public IReadOnlyList<string> Scopes { get; } = scopes;

    /// <inheritdoc />
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(allowedHosts);

    /// <inheritdoc />
    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Only https is supported: refusing to send a token to {uri.GetLeftPart(UriPartial.Authority)}.", nameof(uri));
        }

        return await source.GetTokenAsync(Scopes, cancellationToken).ConfigureAwait(false);
    }
}
