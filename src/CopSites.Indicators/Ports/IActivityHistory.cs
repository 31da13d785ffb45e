using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Ports;

/// <summary>
/// Keeps every snapshot a run read, so indicators cover the CoP's whole life although the tenant forgets
/// (item activities ~90 days, de-identified usage reports). Merging is idempotent: storing the same snapshot twice
/// changes nothing.
/// </summary>
public interface IActivityHistory
{
    /// <summary>Stores <paramref name="snapshot"/> and returns the CoP's whole known activity, earlier snapshots included.</summary>
    Task<CommunityActivity> MergeAsync(CommunityActivity snapshot, CancellationToken cancellationToken);
}
