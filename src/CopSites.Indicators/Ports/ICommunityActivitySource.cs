using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Ports;

/// <summary>Reads what a CoP's site, group and team hold now. Implemented by the tenant gateway (Graph + REST).</summary>
public interface ICommunityActivitySource
{
    /// <summary>Reads one snapshot of the CoP's activity as it stands at <paramref name="asOf"/>.</summary>
    /// <exception cref="CommunityReadException">The site cannot be read; the message names the site and the item.</exception>
    Task<CommunityActivity> ReadAsync(CommunitySite site, DateTimeOffset asOf, CancellationToken cancellationToken);
}
