namespace CopSites.Indicators.LifeCycle;

/// <summary>
/// The thresholds of the life-cycle rules. They are CopSites' own, not the guide's: §3.6 describes the stages in words
/// only. Change them here; docs/indicators.md quotes them.
/// </summary>
public static class StageThresholds
{
    /// <summary>Below this many members a CoP is still an idea.</summary>
    public const int IdeationMembers = 3;

    /// <summary>Younger than this (months since the first member) a CoP is starting.</summary>
    public const int InitiationMonths = 3;

    /// <summary>Membership growth over three months at or above this share is growth.</summary>
    public const double GrowthRate = 0.10;

    /// <summary>Participation at or above this share, with stable membership, is maturity.</summary>
    public const double MatureParticipation = 0.20;

    /// <summary>Activity over three months at or below this share of the three before is decline.</summary>
    public const double DeclineActivityRatio = 0.5;

    /// <summary>Membership shrinking by this share over three months, with activity falling too, is decline.</summary>
    public const double DeclineMembershipLoss = 0.10;

    /// <summary>Participation below this share is decline.</summary>
    public const double DeclineParticipation = 0.10;

    /// <summary>A new stage is taken only when its evidence holds for this many consecutive months (hysteresis).</summary>
    public const int ConfirmMonths = 2;

    /// <summary>Activity this close to the level before (±) is steady, not rising or falling.</summary>
    public const double SteadyBand = 0.15;
}
