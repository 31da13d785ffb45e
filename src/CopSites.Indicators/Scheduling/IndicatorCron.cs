using System.Diagnostics.CodeAnalysis;
using Quartz;

namespace CopSites.Indicators.Scheduling;

/// <summary>
/// A valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year]), always evaluated in
/// UTC so that every node of a cluster agrees on when a CoP is due.
/// </summary>
/// <remarks>This type is an immutable value; it can only hold an expression Quartz accepts.</remarks>
public sealed record IndicatorCron
{
    private IndicatorCron(string expression) => Expression = expression;

    /// <summary>The cron text as Quartz reads it.</summary>
    public string Expression { get; }

    /// <summary>Validates <paramref name="text"/> as a Quartz cron expression.</summary>
    /// <param name="text">The candidate, for example <c>0 0 2 1 * ?</c>.</param>
    /// <param name="cron">The expression when valid.</param>
    /// <param name="error">Why Quartz refuses it, when not.</param>
    public static bool TryCreate(string? text, [NotNullWhen(true)] out IndicatorCron? cron, [NotNullWhen(false)] out string? error)
    {
        cron = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the cron expression is empty";
            return false;
        }

        var trimmed = text.Trim();
        try
        {
            _ = new CronExpression(trimmed);
        }
        catch (FormatException e)
        {
            error = $"'{trimmed}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week): {e.Message}";
            return false;
        }

        cron = new IndicatorCron(trimmed);
        error = null;
        return true;
    }

    /// <summary>Returns <paramref name="text"/> as a cron expression.</summary>
    /// <exception cref="ArgumentException">Quartz refuses the expression.</exception>
    public static IndicatorCron Create(string text) =>
        TryCreate(text, out var cron, out var error) ? cron : throw new ArgumentException(error, nameof(text));

    /// <summary>The first fire time strictly after <paramref name="instant"/>, in UTC; null when it never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) =>
        new CronExpression(Expression, TimeZoneInfo.Utc).GetNextValidTimeAfter(instant);

    /// <inheritdoc />
    public override string ToString() => Expression;
}
