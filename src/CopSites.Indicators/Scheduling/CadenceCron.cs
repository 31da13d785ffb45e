namespace CopSites.Indicators.Scheduling;

/// <summary>
/// The default cron of a CoP's indicator job, from its charter's core cadence (the key of the charter's
/// <c>cadence.core</c>). Every run is at 02:00 UTC, outside office hours in Europe and Africa and before the Americas'
/// working day ends, so leads see fresh figures in the morning.
/// </summary>
/// <remarks>
/// The indicators are monthly series, so no CoP is measured less than once a month: slower cadences (every two
/// months, quarterly, twice a year, as needed) still get a monthly run, because their forum, products and members move
/// between meetings. Faster cadences get runs that follow their rhythm, so a lead sees last week's session counted:
/// weekly on Monday, every two weeks on the 1st and the 15th (Quartz cron cannot say "every other Monday").
/// </remarks>
public static class CadenceCron
{
    /// <summary>Monthly, on the 1st at 02:00 UTC: the default and the rhythm of the indicator series.</summary>
    public static IndicatorCron Monthly { get; } = IndicatorCron.Create("0 0 2 1 * ?");

    /// <summary>Every Monday at 02:00 UTC.</summary>
    public static IndicatorCron Weekly { get; } = IndicatorCron.Create("0 0 2 ? * MON");

    /// <summary>On the 1st and the 15th at 02:00 UTC.</summary>
    public static IndicatorCron TwiceMonthly { get; } = IndicatorCron.Create("0 0 2 1,15 * ?");

    /// <summary>The cron for a core cadence key (weekly, biweekly, monthly, bimonthly, quarterly, semiannual, as-needed).</summary>
    /// <param name="cadenceKey">The charter's <c>cadence.core</c>; an unknown or missing key gets the monthly run.</param>
    public static IndicatorCron For(string? cadenceKey) => cadenceKey?.ToLowerInvariant() switch
    {
        "weekly" => Weekly,
        "biweekly" => TwiceMonthly,
        _ => Monthly,
    };
}
