using CopSites.Domain;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using Quartz;

namespace CopSites.Indicators.Scheduling;

/// <summary>
/// What a job carries in the store: the CoP as plain strings (the store keeps job data as strings), so that any node of
/// a cluster can run or recover it from the database alone.
/// </summary>
internal static class JobData
{
    private const string Alias = "alias";
    private const string DisplayName = "displayName";
    private const string SiteUrl = "siteUrl";
    private const string Spotlights = "spotlights";
    private const string DeclaredStage = "declaredStage";
    private const string ExpectedEventsPerMonth = "expectedEventsPerMonth";

    public static JobDataMap From(CommunitySchedule schedule) => new()
    {
        [Alias] = schedule.Site.Alias,
        [DisplayName] = schedule.Site.DisplayName,
        [SiteUrl] = schedule.Site.SiteUrl.AbsoluteUri,
        [Spotlights] = schedule.Settings.Spotlights.ToString(),
        [DeclaredStage] = schedule.Settings.DeclaredStage?.Key ?? "",
        [ExpectedEventsPerMonth] = schedule.Settings.ExpectedEventsPerMonth?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <exception cref="FormatException">The stored data is not a CoP (hand-edited store, or another version's).</exception>
    public static CommunitySchedule Read(JobDataMap data, string cron)
    {
        string Get(string key) => data.TryGetValue(key, out var value) && value is string text
            ? text
            : throw new FormatException($"the stored job has no '{key}'");

        var site = new CommunitySite(Get(Alias), Get(DisplayName), new Uri(Get(SiteUrl), UriKind.Absolute));
        var spotlights = Enum.TryParse<SpotlightMode>(Get(Spotlights), out var mode) ? mode : SpotlightMode.Named;
        var stage = LifeCycleStage.TryFromKey(Get(DeclaredStage), out var declared) ? declared : null;
        // Absent in jobs stored before the setting existed: no cadence figure then, as without a cadence.
        double? expected = data.TryGetValue(ExpectedEventsPerMonth, out var raw) && raw is string e
            && double.TryParse(e, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var perMonth) ? perMonth : null;
        return new CommunitySchedule(site, new ReportSettings(spotlights, stage, expected), IndicatorCron.TryCreate(cron, out var c, out _) ? c : CadenceCron.Monthly);
    }
}
