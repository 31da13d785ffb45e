using System.Collections.Concurrent;
using CopSites.Indicators.Activity;
using CopSites.Indicators.Reporting;
using CopSites.Indicators.Running;
using CopSites.Indicators.Scheduling;

namespace CopSites.Indicators.Tests.Scheduling;

/// <summary>Counts calls per CoP; fails or throws for the CoPs it is told to.</summary>
internal sealed class FakeRunner(string? fails = null, string? throws = null) : IIndicatorRunner
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Calls(string alias) => _calls.GetValueOrDefault(alias);

    public Task<IndicatorRunResult> RunAsync(CommunitySite site, ReportSettings settings, CancellationToken cancellationToken)
    {
        _calls.AddOrUpdate(site.Alias, 1, (_, n) => n + 1);
        if (site.Alias == throws)
        {
            throw new HttpRequestException($"{site.SiteUrl}: connection refused");
        }

        return Task.FromResult(site.Alias == fails
            ? new IndicatorRunResult(site, false, null, $"{site.Alias}: the list 'Events' was deleted")
            : new IndicatorRunResult(site, true, null, null));
    }

    public static CommunitySchedule Schedule(string alias, string cron) =>
        new(new CommunitySite(alias, alias, new Uri($"https://contoso.sharepoint.com/sites/{alias}")), ReportSettings.Default, IndicatorCron.Create(cron));
}

/// <summary>Keeps what the worker reports.</summary>
internal sealed class CollectingObserver : IRunObserver
{
    public ConcurrentQueue<(string Alias, DateTimeOffset Fire, bool Recovering)> Starts { get; } = new();

    public ConcurrentQueue<RunRecord> Finishes { get; } = new();

    public void Started(string alias, DateTimeOffset scheduledFireUtc, bool recovering) => Starts.Enqueue((alias, scheduledFireUtc, recovering));

    public void Finished(RunRecord record) => Finishes.Enqueue(record);

    public async Task WaitAsync(Func<CollectingObserver, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {timeout.TotalSeconds:N0} s; runs so far: {string.Join(", ", Finishes.Select(f => $"{f.Alias} {f.Outcome}"))}");
            }

            await Task.Delay(100);
        }
    }
}
