using CopSites.Indicators.Scheduling;

namespace CopSites.Scheduling.TestHost;

/// <summary>Records when each run starts (with its fire time) and how it ends.</summary>
internal sealed class RecordingObserver(SharedRecord record) : IRunObserver
{
    public void Started(string alias, DateTimeOffset scheduledFireUtc, bool recovering) =>
        record.Write("start", alias, scheduledFireUtc.ToUnixTimeMilliseconds(), recovering);

    public void Finished(RunRecord run) =>
        record.Write("finish", run.Alias, run.ScheduledFireUtc.ToUnixTimeMilliseconds(), run.Outcome);
}
