using System.Globalization;

namespace CopSites.LocalTenant.Faults;

/// <summary>
/// How badly the tenant behaves: injected latency, throttling (random or by resource-unit budget), random 503s and
/// a block mode. Set at start (<see cref="LocalTenantOptions.Faults"/>) and overridden per request by the
/// <c>x-copsites-faults</c> header, e.g. <c>latency-ms=100;jitter-ms=20;throttle-rate=0.2;ru-per-minute=600;error-rate=0.05;retry-after-s=1;seed=7</c>.
/// </summary>
public sealed record FaultSettings
{
    /// <summary>The header that overrides settings for one request.</summary>
    public const string HeaderName = "x-copsites-faults";

    /// <summary>Fixed delay added to every HTTP request. <value>Default: zero.</value></summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Up to this much more delay, drawn uniformly. <value>Default: zero.</value></summary>
    public TimeSpan LatencyJitter { get; init; }

    /// <summary>Chance (0..1) that an operation is throttled with 429. <value>Default: 0.</value></summary>
    public double ThrottleRate { get; init; }

    /// <summary>SharePoint resource units an app may spend per minute before 429 (null: unlimited). <value>Default: null.</value></summary>
    public int? ResourceUnitsPerMinute { get; init; }

    /// <summary>The Retry-After given with random 429s and 503s. <value>Default: 1 s.</value></summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Chance (0..1) of a random 503 with Retry-After. <value>Default: 0.</value></summary>
    public double ServerErrorRate { get; init; }

    /// <summary>When true, a call made before a Retry-After has passed is throttled again. <value>Default: true.</value></summary>
    public bool EnforceRetryAfter { get; init; } = true;

    /// <summary>When true, every operation gets 503 (SharePoint's block for abusive apps). <value>Default: false.</value></summary>
    public bool Block { get; init; }

    /// <summary>True when nothing is injected.</summary>
    public bool IsQuiet => Latency == TimeSpan.Zero && LatencyJitter == TimeSpan.Zero && ThrottleRate == 0
        && ResourceUnitsPerMinute is null && ServerErrorRate == 0 && !Block;

    /// <summary>Applies "key=value;key=value" overrides; unknown keys or bad values throw <see cref="FormatException"/> naming them.</summary>
    public FaultSettings WithOverrides(string spec)
    {
        var result = this;
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            var key = (eq < 0 ? part : part[..eq]).Trim().ToLowerInvariant();
            var value = eq < 0 ? "true" : part[(eq + 1)..].Trim();
            result = key switch
            {
                "latency-ms" => result with { Latency = TimeSpan.FromMilliseconds(Number(key, value)) },
                "jitter-ms" => result with { LatencyJitter = TimeSpan.FromMilliseconds(Number(key, value)) },
                "throttle-rate" => result with { ThrottleRate = Probability(key, value) },
                "ru-per-minute" => result with { ResourceUnitsPerMinute = value is "" or "none" ? null : (int)Number(key, value) },
                "retry-after-s" => result with { RetryAfter = TimeSpan.FromSeconds(Number(key, value)) },
                "error-rate" => result with { ServerErrorRate = Probability(key, value) },
                "enforce-retry-after" => result with { EnforceRetryAfter = bool.Parse(value) },
                "block" => result with { Block = bool.Parse(value) },
                "quiet" => new FaultSettings(),
                _ => throw new FormatException($"Unknown fault setting '{key}' in {HeaderName}: use latency-ms, jitter-ms, throttle-rate, ru-per-minute, retry-after-s, error-rate, enforce-retry-after, block or quiet."),
            };
        }

        return result;
    }

    private static double Number(string key, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new FormatException($"Fault setting '{key}' needs a non-negative number, not '{value}'.");

    private static double Probability(string key, string value) =>
        Number(key, value) is var p && p <= 1 ? p : throw new FormatException($"Fault setting '{key}' is a probability between 0 and 1, not '{value}'.");
}
