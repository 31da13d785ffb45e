using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CopSites.SharePoint.Connection.Auth;

/// <summary>
/// Tokens from a local tenant: the one passed in, or one issued by POST {root}/_tenant/token for a seeded user,
/// renewed five minutes before it expires. The requested scopes are ignored: the token carries the configured permissions.
/// </summary>
public sealed class LocalTenantTokenSource(LocalTokenAuthentication options, Uri tenantRoot, HttpMessageHandler transport, TimeProvider time) : ITokenSource
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token = options.Token;
    private DateTimeOffset _expires = options.Token is null ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue;

    /// <inheritdoc />
    public async Task<string> GetTokenAsync(IReadOnlyList<string> scopes, CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_token is null || time.GetUtcNow() >= _expires - RenewBefore)
            {
                (_token, _expires) = await IssueAsync(ct).ConfigureAwait(false);
            }

            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<(string Token, DateTimeOffset Expires)> IssueAsync(CancellationToken ct)
    {
        using var http = new HttpClient(transport, disposeHandler: false);
        var url = new Uri(tenantRoot, "/_tenant/token");
        using var response = await http.PostAsJsonAsync(url, new { user = options.User, scopes = string.Join(' ', options.Scopes) }, ct).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || body?["access_token"]?.GetValue<string>() is not { Length: > 0 } token)
        {
            throw new InvalidOperationException($"The local tenant at {tenantRoot} refused a token for {options.User}: {body?["error"] ?? response.StatusCode.ToString()}");
        }

        var lifetime = TimeSpan.FromSeconds(body["expires_in"]?.GetValue<int>() ?? 3600);
        return (token, time.GetUtcNow() + lifetime);
    }
}
