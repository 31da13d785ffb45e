namespace CopSites.Indicators.Activity;

/// <summary>The CoP whose activity is read and whose Usage page is published.</summary>
/// <param name="Alias">The CoP's mail alias, the key KLD uses for it everywhere (charter, portfolio, job names).</param>
/// <param name="DisplayName">The CoP's name as its members see it.</param>
/// <param name="SiteUrl">The absolute URL of the CoP's SharePoint site.</param>
public sealed record CommunitySite(string Alias, string DisplayName, Uri SiteUrl);
