namespace CopSites.Indicators.Network.Measures;

/// <summary>How unevenly activity is spread (participation inequality, the "1 % rule").</summary>
/// <param name="Gini">The Gini coefficient of the amounts: 0 when everyone does the same, towards 1 when one does all.</param>
/// <param name="TopTenPercentShare">The share of the total done by the most active 10 % (rounded up to whole people).</param>
/// <param name="TopOnePercentShare">The share of the total done by the most active 1 % (at least one person).</param>
public sealed record Inequality(double Gini, double TopTenPercentShare, double TopOnePercentShare)
{
    /// <summary>The inequality of <paramref name="amounts"/> (one per person, zeros included); null when nobody did anything.</summary>
    public static Inequality? Of(IReadOnlyCollection<double> amounts)
    {
        var sorted = amounts.Where(a => a >= 0).OrderBy(a => a).ToArray();
        var total = sorted.Sum();
        if (sorted.Length == 0 || total <= 0)
        {
            return null;
        }

        // G = (2 Σ i·x_i) / (n Σ x) − (n + 1) / n, with x ascending and i from 1.
        var weighted = 0.0;
        for (var i = 0; i < sorted.Length; i++)
        {
            weighted += (i + 1) * sorted[i];
        }

        var n = sorted.Length;
        var gini = (2 * weighted / (n * total)) - ((n + 1.0) / n);
        return new Inequality(Math.Max(0, gini), TopShare(sorted, total, 0.10), TopShare(sorted, total, 0.01));
    }

    private static double TopShare(double[] ascending, double total, double fraction)
    {
        var count = Math.Max(1, (int)Math.Ceiling(ascending.Length * fraction));
        return ascending.TakeLast(count).Sum() / total;
    }
}
