using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CopSites.SharePoint.Connection;

/// <summary>Adds a bearer token from a Kiota token provider (used by the REST client; the Graph SDK authenticates itself).</summary>
internal sealed class BearerTokenHandler(IAccessTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAuthorizationTokenAsync(request.RequestUri!, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
