using CopSites.Indicators.Scheduling;

namespace CopSites.Indicators.Tests.Scheduling;

/// <summary>When each cadence's CoP is measured, computed from fixed instants (the cron is a pure function of time).</summary>
public sealed class CadenceCronTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("monthly", "2027-01-01T02:00:00Z", "2027-02-01T02:00:00Z")]
    [InlineData("weekly", "2026-12-07T02:00:00Z", "2026-12-14T02:00:00Z")]
    [InlineData("biweekly", "2026-12-15T02:00:00Z", "2027-01-01T02:00:00Z")]
    [InlineData("quarterly", "2027-01-01T02:00:00Z", "2027-02-01T02:00:00Z")]
    [InlineData("as-needed", "2027-01-01T02:00:00Z", "2027-02-01T02:00:00Z")]
    [InlineData(null, "2027-01-01T02:00:00Z", "2027-02-01T02:00:00Z")]
    public void Cadence_GivesTheNextTwoRunsInUtc(string? cadence, string first, string second)
    {
        var cron = CadenceCron.For(cadence);

        var next = cron.NextAfter(Wednesday)!.Value;
        next.ShouldBe(DateTimeOffset.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        cron.NextAfter(next).ShouldBe(DateTimeOffset.Parse(second, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NoCadence_IsMeasuredLessThanMonthly()
    {
        var monthsAhead = Wednesday.AddYears(1);
        foreach (var cadence in new[] { "weekly", "biweekly", "monthly", "bimonthly", "quarterly", "semiannual", "as-needed" })
        {
            var cron = CadenceCron.For(cadence);
            var previous = Wednesday;
            for (var fire = cron.NextAfter(Wednesday); fire < monthsAhead; previous = fire.Value, fire = cron.NextAfter(fire.Value))
            {
                (fire!.Value - previous).ShouldBeLessThanOrEqualTo(TimeSpan.FromDays(31), cadence);
            }
        }
    }

    [Theory]
    [InlineData("every day")]
    [InlineData("0 0 2 * *")]
    [InlineData("0 0 25 1 * ?")]
    [InlineData("")]
    public void InvalidCron_IsRefusedSayingWhy(string text)
    {
        IndicatorCron.TryCreate(text, out var cron, out var error).ShouldBeFalse();
        cron.ShouldBeNull();
        error.ShouldNotBeNullOrWhiteSpace();
        if (text != "")
        {
            error.ShouldContain(text);
        }
    }
}
