namespace CopSites.Scheduling.TestHost;

/// <summary>The test host's command line.</summary>
internal sealed record HostOptions(string Store, string Connection, string Record, string Cron, IReadOnlyList<string> Aliases, string? Hang, string? Fail, string? Instance)
{
    public static HostOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string key) => values.TryGetValue(key, out var v) ? v : throw new ArgumentException($"{key} is required");
        return new HostOptions(Required("--store"), Required("--connection"), Required("--record"), Required("--cron"),
            Required("--aliases").Split(','), values.GetValueOrDefault("--hang"), values.GetValueOrDefault("--fail"), values.GetValueOrDefault("--instance"));
    }
}
