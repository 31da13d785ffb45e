using System.Globalization;
using CopSites.Indicators.Network;

namespace CopSites.Cli.Commands.Indicators;

/// <summary>`indicators network --output csv`: one row per node, RFC 4180 quoting, invariant numbers.</summary>
internal static class NetworkCsv
{
    private static readonly string[] Columns =
    [
        "id", "group", "betweenness", "betweennessRaw", "degree", "strength", "coreNumber", "participationCoefficient",
        "constraint", "coordinator", "itinerant", "representative", "liaison", "component",
    ];

    public static async Task WriteAsync(TextWriter output, NetworkResult result, CancellationToken ct)
    {
        await output.WriteLineAsync(string.Join(',', Columns));
        foreach (var n in result.Nodes)
        {
            ct.ThrowIfCancellationRequested();
            string?[] row =
            [
                n.Id, n.Group, Number(n.Betweenness), Number(n.BetweennessRaw), Number(n.Degree), Number(n.Strength), Number(n.CoreNumber),
                Number(n.ParticipationCoefficient), Number(n.Constraint), Number(n.Brokerage?.Coordinator), Number(n.Brokerage?.Itinerant),
                Number(n.Brokerage?.Representative), Number(n.Brokerage?.Liaison), Number(n.Component),
            ];
            await output.WriteLineAsync(string.Join(',', row.Select(Quote)));
        }
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string? field) =>
        field is null ? string.Empty
        : field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field != field.Trim() ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        // A leading =, +, - or @ would run as a formula in a spreadsheet: quote-prefix it (OWASP CSV injection).
        : field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + field
        : field;
}
