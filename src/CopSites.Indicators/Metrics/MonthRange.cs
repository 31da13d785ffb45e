using System.Globalization;

namespace CopSites.Indicators.Metrics;

/// <summary>
/// The calendar months (UTC) of a CoP's life, from its first recorded membership or activity to the month of the
/// snapshot. Anything dated after the snapshot (a future event, a clock skew) belongs to no month and is not counted.
/// </summary>
public sealed class MonthRange
{
    private readonly DateTimeOffset _first;

    /// <summary>Months from <paramref name="first"/>'s month to <paramref name="asOf"/>'s month, inclusive.</summary>
    public MonthRange(DateTimeOffset first, DateTimeOffset asOf)
    {
        var start = new DateTimeOffset(first.UtcDateTime.Year, first.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(asOf.UtcDateTime.Year, asOf.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
        if (start > end)
        {
            start = end;
        }

        _first = start;
        AsOf = asOf;
        Count = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
    }

    /// <summary>The snapshot's moment.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>The number of months.</summary>
    public int Count { get; }

    /// <summary>The index of the last month that is over (the snapshot's month is still running); −1 when none is.</summary>
    public int LastComplete => Count - 2;

    /// <summary>The month index of <paramref name="at"/>, or −1 when before the first month or after the snapshot.</summary>
    public int IndexOf(DateTimeOffset at)
    {
        if (at > AsOf)
        {
            return -1;
        }

        var utc = at.UtcDateTime;
        var index = ((utc.Year - _first.Year) * 12) + utc.Month - _first.Month;
        return index >= 0 && index < Count ? index : -1;
    }

    /// <summary>The first moment of month <paramref name="index"/>.</summary>
    public DateTimeOffset Start(int index) => _first.AddMonths(index);

    /// <summary>The first moment after month <paramref name="index"/>, capped at the snapshot.</summary>
    public DateTimeOffset End(int index)
    {
        var end = _first.AddMonths(index + 1);
        return end > AsOf ? AsOf : end;
    }

    /// <summary>The period key of month <paramref name="index"/>: <c>yyyy-MM</c>.</summary>
    public string Key(int index) => Start(index).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
