using CopSites.LocalTenant.Protocol;
using CopSites.LocalTenant.Resources.Sites;

namespace CopSites.LocalTenant.SharePointRest.Navigation;

/// <summary>
/// How SharePoint keeps a node's Url: links into the tenant become server-relative, outside links stay absolute,
/// a missing Url makes a linkless heading (SharePoint's own placeholder "http://linkless.header/").
/// </summary>
internal static class NavigationUrl
{
    public const string Linkless = "http://linkless.header/";

    /// <summary>The Url to store and whether it points outside the tenant.</summary>
    public static (string Url, bool External) Normalise(string? url, string sitePath, TenantContext tenant)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return (Linkless, true);
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            var served = new Uri(tenant.WebBase);
            var ours = absolute.Host.Equals(tenant.HostName, StringComparison.OrdinalIgnoreCase)
                || (absolute.Host.Equals(served.Host, StringComparison.OrdinalIgnoreCase) && absolute.Port == served.Port);
            return ours ? (Uri.UnescapeDataString(absolute.AbsolutePath) + absolute.Query, false) : (url, true);
        }

        return url.StartsWith('/') ? (url, false) : (SiteFactory.JoinPath(sitePath, url), false);
    }
}
