namespace CopSites.Indicators.Simulation;

/// <summary>The shape of a simulated CoP's year.</summary>
public enum LifeProfile
{
    /// <summary>Growth, then a plateau: the healthy course.</summary>
    GrowthThenPlateau,

    /// <summary>Growth, then falling activity and leavers in the last months.</summary>
    Decline,
}
