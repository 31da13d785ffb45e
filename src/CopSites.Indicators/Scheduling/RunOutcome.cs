namespace CopSites.Indicators.Scheduling;

/// <summary>How one scheduled run of a CoP ended.</summary>
public enum RunOutcome
{
    /// <summary>The page and the Indicators list were published.</summary>
    Succeeded,

    /// <summary>The runner reported a failure, or threw; the last good page stays in place.</summary>
    Failed,
}
