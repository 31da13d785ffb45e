using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.Scheduling;

/// <summary>One CoP the worker measures, and when: what the CLI derives from its charter.</summary>
/// <param name="Site">The CoP.</param>
/// <param name="Settings">How its figures are shown.</param>
/// <param name="Cron">When its indicator job fires (Quartz cron, seconds first, evaluated in UTC).</param>
public sealed record CommunitySchedule(CommunitySite Site, ReportSettings Settings, IndicatorCron Cron);
