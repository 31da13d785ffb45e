using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Building.Lists;

/// <summary>
/// Finds a list by URL, as lookup columns (<c>List="Lists/Events"</c>) and files (<c>Folder="SiteAssets/img"</c>) name
/// them: first among the template's lists, then among the lists the site already has.
/// </summary>
public static class ListLocator
{
    // Libraries every group site has; files may target them although no template creates them.
    private static readonly Dictionary<string, string> SiteLibraries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Shared Documents"] = "Documents",
        ["SiteAssets"] = "Site Assets",
        ["SitePages"] = "Site Pages",
    };

    /// <summary>A URL made site-relative: no scheme and host, no site path, no slashes at either end.</summary>
    public static string SiteRelative(string url, string siteServerRelativeUrl)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? Uri.UnescapeDataString(absolute.AbsolutePath)
            : url;
        var site = siteServerRelativeUrl.TrimEnd('/');
        if (site.Length > 0 && path.StartsWith(site + "/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[site.Length..];
        }

        return path.Trim('/');
    }

    /// <summary>The title of the list at a site-relative URL, or of the list whose folder holds that path; null when none is known.</summary>
    /// <param name="template">The template, whose lists come first.</param>
    /// <param name="state">The site, for lists the template does not create.</param>
    /// <param name="siteRelativePath">A list URL or a path inside a list.</param>
    public static string? TitleFor(ProvisioningTemplate template, SiteState state, string siteRelativePath)
    {
        var fromTemplate = template.Lists
            .Where(l => Contains(l.Url.Trim('/'), siteRelativePath))
            .MaxBy(l => l.Url.Trim('/').Length);
        if (fromTemplate is not null)
        {
            return fromTemplate.Title;
        }

        var fromSite = state.OfKind(ResourceKind.List)
            .Select(l => (List: l, Url: SiteRelative(l.Properties["webUrl"]?.GetValue<string>() ?? "", state.Facts.ServerRelativeUrl)))
            .Where(l => l.Url.Length > 0 && Contains(l.Url, siteRelativePath))
            .OrderByDescending(l => l.Url.Length)
            .Select(l => l.List.Key.Path)
            .FirstOrDefault();
        if (fromSite is not null)
        {
            return fromSite;
        }

        var root = siteRelativePath.Split('/')[0];
        return SiteLibraries.GetValueOrDefault(root);
    }

    private static bool Contains(string listUrl, string path) =>
        string.Equals(listUrl, path, StringComparison.OrdinalIgnoreCase) || path.StartsWith(listUrl + "/", StringComparison.OrdinalIgnoreCase);
}
