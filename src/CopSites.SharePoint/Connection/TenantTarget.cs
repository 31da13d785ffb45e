namespace CopSites.SharePoint.Connection;

/// <summary>
/// Where requests go: the SharePoint web root (REST, and the tenant's identity for throttling) and the Graph base URL.
/// Build one with <see cref="LocalEmbedded"/>, <see cref="LocalUrl"/> or <see cref="SharePointOnline"/>; each validates.
/// </summary>
public sealed record TenantTarget
{
    /// <summary>Graph's public v1.0 endpoint.</summary>
    public static readonly Uri PublicGraphBaseUrl = new("https://graph.microsoft.com/v1.0");

    private TenantTarget(TenantTargetKind kind, Uri webRoot, Uri graphBaseUrl)
    {
        Kind = kind;
        WebRoot = webRoot;
        GraphBaseUrl = graphBaseUrl;
    }

    /// <summary>Which kind of tenant.</summary>
    public TenantTargetKind Kind { get; }

    /// <summary>The SharePoint root (scheme, host and port only): http://127.0.0.1:5080/ or https://contoso.sharepoint.com/.</summary>
    public Uri WebRoot { get; }

    /// <summary>The Graph base URL without a trailing slash, ending in /v1.0.</summary>
    public Uri GraphBaseUrl { get; }

    /// <summary>True for both local kinds.</summary>
    public bool IsLocal => Kind != TenantTargetKind.SharePointOnline;

    /// <summary>The MSAL scope for Graph: {graph root}/.default (the app's consented permissions).</summary>
    public string GraphScope => GraphBaseUrl.GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>The MSAL scope for SharePoint REST: {web root}/.default, e.g. https://contoso.sharepoint.com/.default.</summary>
    public string SharePointScope => WebRoot.GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>Hosts that may receive the Graph token: graph.microsoft.com and the Graph base URL's host.</summary>
    public IReadOnlyList<string> GraphHosts => new[] { PublicGraphBaseUrl.Host, GraphBaseUrl.Host }.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Hosts that may receive the SharePoint token: the web root's host only.</summary>
    public IReadOnlyList<string> SharePointHosts => [WebRoot.Host];

    /// <summary>A local tenant started in this process, listening at <paramref name="root"/> (LocalTenantHost.BaseUrl).</summary>
    public static TenantTarget LocalEmbedded(Uri root) => Local(TenantTargetKind.LocalEmbedded, root);

    /// <summary>A local tenant already running at a loopback URL.</summary>
    public static TenantTarget LocalUrl(Uri root) => Local(TenantTargetKind.LocalUrl, root);

    /// <summary>
    /// SharePoint Online at <paramref name="sharePointRoot"/> (https://contoso.sharepoint.com). <paramref name="graphBaseUrl"/>
    /// defaults to https://graph.microsoft.com/v1.0; national clouds pass their own.
    /// </summary>
    public static TenantTarget SharePointOnline(Uri sharePointRoot, Uri? graphBaseUrl = null)
    {
        var root = Root(sharePointRoot, "Target.SharePointRoot");
        if (root.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidTenantOptionException("Target.SharePointRoot", $"SharePoint Online is reached over https only, not '{sharePointRoot}'.");
        }

        var graph = GraphBase(graphBaseUrl ?? PublicGraphBaseUrl, "Target.GraphBaseUrl");
        if (graph.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidTenantOptionException("Target.GraphBaseUrl", $"Graph is reached over https only, not '{graphBaseUrl}'.");
        }

        return new TenantTarget(TenantTargetKind.SharePointOnline, root, graph);
    }

    private static TenantTarget Local(TenantTargetKind kind, Uri root)
    {
        var web = Root(root, "Target.LocalRoot");
        if (!web.IsLoopback)
        {
            throw new InvalidTenantOptionException("Target.LocalRoot", $"a local tenant listens on loopback (127.0.0.1 or localhost), not '{root}'.");
        }

        return new TenantTarget(kind, web, new Uri(web.GetLeftPart(UriPartial.Authority) + "/v1.0"));
    }

    private static Uri Root(Uri? uri, string option)
    {
        if (uri is null || !uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidTenantOptionException(option, $"must be an absolute http(s) URL, not '{uri}'.");
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            throw new InvalidTenantOptionException(option, $"must be the tenant's root without a path, e.g. {uri.GetLeftPart(UriPartial.Authority)}, not '{uri}'.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority));
    }

    // The SDK builds $batch step URLs with PathAndQuery.Substring(5): the base path must be exactly "/v1.0" or "/beta".
    private static Uri GraphBase(Uri uri, string option)
    {
        if (!uri.IsAbsoluteUri || uri.AbsolutePath.TrimEnd('/') is not ("/v1.0" or "/beta"))
        {
            throw new InvalidTenantOptionException(option, $"must end in /v1.0 (or /beta) with nothing before it, not '{uri}'.");
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.TrimEnd('/'));
    }
}
