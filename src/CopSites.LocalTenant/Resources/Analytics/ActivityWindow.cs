using System.Globalization;
using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Resources.Analytics;

/// <summary>
/// A time window an itemActivityStat covers. Its id says which window it is, so a stat from getActivitiesByInterval
/// can be opened again at analytics/itemActivityStats/{id}/activities: "allTime", "lastSevenDays", or
/// "{start}-{end}" in compact UTC form (20240501T000000Z-20240502T000000Z).
/// </summary>
internal sealed record ActivityWindow(string Id, DateTimeOffset Start, DateTimeOffset End)
{
    public const string AllTimeId = "allTime";
    public const string LastSevenDaysId = "lastSevenDays";
    private const string CompactFormat = "yyyyMMdd'T'HHmmss'Z'";

    // The real service serves daily counts for at most 90 days per call.
    private static readonly TimeSpan MaxDailyRange = TimeSpan.FromDays(90);

    public static ActivityWindow AllTime(DateTimeOffset now) => new(AllTimeId, DateTimeOffset.MinValue, now.AddTicks(1));

    public static ActivityWindow LastSevenDays(DateTimeOffset now) => new(LastSevenDaysId, now.AddDays(-7), now.AddTicks(1));

    public static ActivityWindow Between(DateTimeOffset start, DateTimeOffset end) =>
        new($"{start.UtcDateTime.ToString(CompactFormat, CultureInfo.InvariantCulture)}-{end.UtcDateTime.ToString(CompactFormat, CultureInfo.InvariantCulture)}", start, end);

    /// <summary>The window an itemActivityStat id names; 404 when the id is not one.</summary>
    public static ActivityWindow FromId(string id, DateTimeOffset now)
    {
        if (id.Equals(AllTimeId, StringComparison.OrdinalIgnoreCase))
        {
            return AllTime(now);
        }

        if (id.Equals(LastSevenDaysId, StringComparison.OrdinalIgnoreCase))
        {
            return LastSevenDays(now);
        }

        var parts = id.Split('-');
        return parts.Length == 2 && TryCompact(parts[0], out var start) && TryCompact(parts[1], out var end) && start < end
            ? Between(start, end)
            : throw GraphProblem.NotFound($"itemActivityStat '{id}' was not found.");
    }

    /// <summary>The buckets of getActivitiesByInterval: from the start day (UTC midnight) in steps of the interval, the last cut at the end.</summary>
    public static IReadOnlyList<ActivityWindow> Buckets(string? startText, string? endText, string? interval)
    {
        var start = ParseDate(startText, "startDateTime");
        var end = ParseDate(endText, "endDateTime");
        if (end <= start)
        {
            throw GraphProblem.BadRequest("endDateTime must be later than startDateTime.");
        }

        Func<DateTimeOffset, DateTimeOffset> step = interval?.ToLowerInvariant() switch
        {
            "day" => d => d.AddDays(1),
            "week" => d => d.AddDays(7),
            "month" => d => d.AddMonths(1),
            _ => throw GraphProblem.BadRequest($"Invalid interval '{interval}': use day, week or month."),
        };
        if (interval!.Equals("day", StringComparison.OrdinalIgnoreCase) && end - start > MaxDailyRange)
        {
            throw GraphProblem.BadRequest("Daily activity counts are available for a range of at most 90 days.");
        }

        var buckets = new List<ActivityWindow>();
        for (var from = new DateTimeOffset(start.UtcDateTime.Date, TimeSpan.Zero); from < end; from = step(from))
        {
            var to = step(from);
            buckets.Add(Between(from, to < end ? to : end));
        }

        return buckets;
    }

    private static DateTimeOffset ParseDate(string? text, string name) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw GraphProblem.BadRequest($"Invalid or missing {name} '{text}'.");

    private static bool TryCompact(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, CompactFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
