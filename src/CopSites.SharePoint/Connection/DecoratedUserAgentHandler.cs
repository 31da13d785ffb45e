namespace CopSites.SharePoint.Connection;

/// <summary>Appends <see cref="CopSitesUserAgent.Product"/> to a request's User-Agent, once (retries copy the header).</summary>
internal sealed class DecoratedUserAgentHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var product = CopSitesUserAgent.Product.Product!;
        if (!request.Headers.UserAgent.Any(p => p.Product?.Name == product.Name))
        {
            request.Headers.UserAgent.Add(CopSitesUserAgent.Product);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
