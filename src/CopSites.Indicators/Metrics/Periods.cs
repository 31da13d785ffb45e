namespace CopSites.Indicators.Metrics;

/// <summary>The period keys besides the months.</summary>
public static class Periods
{
    /// <summary>The CoP's whole life up to the snapshot.</summary>
    public const string All = "all";
}
