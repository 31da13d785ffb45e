namespace CopSites.SharePoint.Resilience;

/// <summary>Copies a request for a retry: an HttpRequestMessage may be sent only once. The body must already be buffered.</summary>
internal static class HttpRequestCloner
{
    public static async Task<HttpRequestMessage> CloneAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri)
        {
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
        };
        foreach (var (name, values) in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(name, values);
        }

        foreach (var (key, value) in request.Options)
        {
            ((IDictionary<string, object?>)clone.Options)[key] = value;
        }

        if (request.Content is not null)
        {
            clone.Content = new ByteArrayContent(await request.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false));
            foreach (var (name, values) in request.Content.Headers)
            {
                clone.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return clone;
    }
}
