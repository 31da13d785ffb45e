using CopSites.Indicators.Activity;

namespace CopSites.Indicators.Network;

/// <summary>Builds a CoP's weighted interaction graph (replies, co-attendance, use of others' products) and measures it.</summary>
public interface ICommunityNetworkAnalysis
{
    /// <summary>Analyses the CoP's whole known activity.</summary>
    NetworkFindings Analyze(CommunityActivity activity, CancellationToken cancellationToken);
}
