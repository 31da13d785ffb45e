using System.Globalization;

namespace CopSites.Cli.Commands.Indicators;

/// <summary>
/// One CSV cell for analysts' spreadsheets: RFC 4180 quoting, and text that a spreadsheet would run as a formula
/// (leading <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, OWASP's CSV injection) prefixed with an apostrophe; numbers stay numbers.
/// </summary>
internal static class CsvCell
{
    public static string Of(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        var safe = field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal)
            && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + field : field;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 || safe != safe.Trim() ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
