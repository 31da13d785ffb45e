namespace CopSites.Indicators.Ports;

/// <summary>A run's results could not be written to the CoP's site; the message names the site and the write.</summary>
public sealed class CommunityPublishException(string siteUrl, string what, string reason, Exception? inner = null)
    : Exception($"{siteUrl}: cannot publish {what}: {reason}", inner)
{
    /// <summary>The site being written.</summary>
    public string SiteUrl { get; } = siteUrl;
}
