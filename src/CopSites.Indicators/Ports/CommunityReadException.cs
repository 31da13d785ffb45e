namespace CopSites.Indicators.Ports;

/// <summary>A CoP's activity could not be read; the message names the site and what failed.</summary>
public sealed class CommunityReadException(string siteUrl, string what, string reason, Exception? inner = null)
    : Exception($"{siteUrl}: cannot read {what}: {reason}", inner)
{
    /// <summary>The site that was being read.</summary>
    public string SiteUrl { get; } = siteUrl;

    /// <summary>What was being read (a list, the group, an item).</summary>
    public string What { get; } = what;
}
