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
            await output.WriteLineAsync(string.Join(',', row.Select(CsvCell.Of)));
        }
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
