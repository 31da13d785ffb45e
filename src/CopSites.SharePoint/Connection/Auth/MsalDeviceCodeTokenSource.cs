using Microsoft.Identity.Client;

namespace CopSites.SharePoint.Connection.Auth;

/// <summary>
/// Delegated tokens with MSAL's device code flow. The public client keeps its token cache in memory; after the first
/// sign-in every later scope (SharePoint after Graph) is served silently from the refresh token. Concurrent callers
/// share one sign-in.
/// </summary>
public sealed class MsalDeviceCodeTokenSource : ITokenSource
{
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private readonly Action<string> _showMessage;

    /// <summary>Builds the public client; no network until the first token.</summary>
    public MsalDeviceCodeTokenSource(DeviceCodeAuthentication options)
    {
        _showMessage = options.ShowMessage;
        Application = PublicClientApplicationBuilder.Create(options.ClientId)
            .WithAuthority(options.Authority.Url)
            .WithDefaultRedirectUri()
            .WithClientName("CopSites")
            .WithClientVersion(CopSitesUserAgent.Version)
            .Build();
    }

    /// <summary>The MSAL application (exposed for configuration tests).</summary>
    public IPublicClientApplication Application { get; }

    /// <inheritdoc />
    public async Task<string> GetTokenAsync(IReadOnlyList<string> scopes, CancellationToken ct)
    {
        await _signIn.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var account = (await Application.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
            if (account is not null)
            {
                try
                {
                    return (await Application.AcquireTokenSilent(scopes, account).ExecuteAsync(ct).ConfigureAwait(false)).AccessToken;
                }
                catch (MsalUiRequiredException)
                {
                    // The refresh token cannot serve these scopes (consent or MFA needed): sign in again below.
                }
            }

            var result = await Application.AcquireTokenWithDeviceCode(scopes, code =>
            {
                _showMessage(code.Message);
                return Task.CompletedTask;
            }).ExecuteAsync(ct).ConfigureAwait(false);
            return result.AccessToken;
        }
        finally
        {
            _signIn.Release();
        }
    }
}
