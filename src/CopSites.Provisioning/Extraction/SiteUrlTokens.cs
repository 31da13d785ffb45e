using System.Text.RegularExpressions;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Extraction;

/// <summary>
/// Replaces the extracted site's own URL with <c>{site}</c>, so links between the site's pages, lists and navigation
/// point into whichever site the template is applied to. Only URLs that start with the site's path (server-relative,
/// or absolute on the site's host) followed by a separator are replaced, so <c>/sites/ab</c> is never taken for
/// <c>/sites/a</c>. A root site's path is "/", which every URL starts with: there only navigation URLs are replaced.
/// </summary>
internal sealed class SiteUrlTokens
{
    private readonly string _path;
    private readonly string _absolute;
    private readonly Regex? _inHtml;

    public SiteUrlTokens(SiteFacts facts)
    {
        _path = facts.ServerRelativeUrl == "/" ? "" : facts.ServerRelativeUrl;
        _absolute = facts.HostUrl + _path;
        _inHtml = _path.Length == 0 ? null : new Regex(
            "(?<=(?:href|src)=[\"'])(?:" + Regex.Escape(facts.HostUrl) + ")?" + Regex.Escape(_path) + "(?=[/\"'?#])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>A URL with the site's own prefix as <c>{site}</c>; other URLs as they are.</summary>
    public string Url(string url)
    {
        foreach (var prefix in new[] { _absolute, _path })
        {
            if (prefix.Length == 0 && !url.StartsWith('/'))
            {
                continue;
            }

            if (url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (url.Length == prefix.Length || url[prefix.Length] is '/' or '?' or '#'))
            {
                return "{site}" + url[prefix.Length..];
            }
        }

        return url;
    }

    /// <summary>A string value inside web part JSON: replaced only when the site has a path of its own.</summary>
    public string InJson(string value) => _path.Length == 0 ? value : Url(value);

    /// <summary>HTML with the site's URL in href and src attributes replaced.</summary>
    public string InHtml(string html) => _inHtml?.Replace(html, "{site}") ?? html;
}
