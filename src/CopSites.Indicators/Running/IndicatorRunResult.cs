using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.Running;

/// <summary>How one indicator run for one CoP ended.</summary>
/// <param name="Site">The CoP.</param>
/// <param name="Succeeded">True when the page and the Indicators list were published.</param>
/// <param name="Report">The report, when it was computed.</param>
/// <param name="Failure">What went wrong, naming the site and the item, when it did not succeed.</param>
public sealed record IndicatorRunResult(CommunitySite Site, bool Succeeded, UsageReport? Report, string? Failure);
