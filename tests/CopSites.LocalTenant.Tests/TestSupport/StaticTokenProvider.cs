using Microsoft.Kiota.Abstractions.Authentication;

namespace CopSites.LocalTenant.Tests.TestSupport;

/// <summary>Hands the Graph SDK a fixed bearer token, allowing only the loopback host as the real client does.</summary>
internal sealed class StaticTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1", "localhost"]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : "");
}
