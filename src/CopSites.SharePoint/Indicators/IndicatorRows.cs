using System.Globalization;
using System.Text.Json.Nodes;
using CopSites.Domain;
using CopSites.Indicators.Reporting;

namespace CopSites.SharePoint.Indicators;

/// <summary>
/// How an observation is a row of the Indicators list. Its identity is the indicator key (<c>CopIndicatorKey</c>) and
/// the title, which spells the measure, the period and the breakdown ("participation-rate · 2026-03 · unit: Water"):
/// a rerun finds the row by them and updates its value instead of adding one.
/// </summary>
internal static class IndicatorRows
{
    public static string Title(IndicatorObservation o) =>
        Truncate($"{o.Measure} · {o.Period}{(o.Dimension is null ? "" : $" · {o.Dimension}: {o.DimensionValue}")}", 255);

    public static string Identity(string key, string title) => key + "\u001f" + title;

    public static JsonObject Fields(IndicatorObservation o, DateTimeOffset firstMonth, DateTimeOffset asOf, string runId)
    {
        var (start, end) = o.Period == "all" || !DateTimeOffset.TryParseExact(o.Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var month)
            ? (firstMonth, asOf)
            : (month, month.AddMonths(1).AddDays(-1) < asOf ? month.AddMonths(1).AddDays(-1) : asOf);
        var fields = new JsonObject
        {
            ["Title"] = Title(o),
            ["CopIndicatorKey"] = Truncate(o.IndicatorKey, 64),
            ["CopPeriodStart"] = start.UtcDateTime.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture),
            ["CopPeriodEnd"] = end.UtcDateTime.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture),
            ["CopIndicatorValue"] = Math.Round(o.Value, 6),
            ["CopIndicatorUnit"] = o.Unit,
            ["CopComputedAt"] = asOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["CopJobRunId"] = runId,
        };
        if (Indicator.TryFromKey(o.IndicatorKey, out var indicator))
        {
            fields["CopIndicatorCategory"] = indicator.Category.Label;
        }

        return fields;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
