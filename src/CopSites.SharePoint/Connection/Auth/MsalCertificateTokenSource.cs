using Microsoft.Identity.Client;

namespace CopSites.SharePoint.Connection.Auth;

/// <summary>App-only tokens with MSAL's client credentials flow and a certificate; MSAL caches them in memory until near expiry.</summary>
public sealed class MsalCertificateTokenSource : ITokenSource
{
    /// <summary>Loads the certificate and builds the confidential client; no network until the first token.</summary>
    public MsalCertificateTokenSource(CertificateAuthentication options)
    {
        Application = ConfidentialClientApplicationBuilder.Create(options.ClientId)
            .WithAuthority(options.Authority.Url)
            .WithCertificate(options.Certificate.Load(), sendX5C: true)
            .WithClientName("CopSites")
            .WithClientVersion(CopSitesUserAgent.Version)
            .Build();
    }

    /// <summary>The MSAL application (exposed for configuration tests).</summary>
    public IConfidentialClientApplication Application { get; }

    /// <inheritdoc />
    public async Task<string> GetTokenAsync(IReadOnlyList<string> scopes, CancellationToken ct) =>
        (await Application.AcquireTokenForClient(scopes).ExecuteAsync(ct).ConfigureAwait(false)).AccessToken;
}
