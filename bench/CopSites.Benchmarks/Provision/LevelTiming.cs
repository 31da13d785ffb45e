using CopSites.LocalTenant.Faults;

namespace CopSites.Benchmarks.Provision;

/// <summary>
/// Where an apply spent its time: a stretch between two progress reports (reading the site, or one level's writes),
/// with what the tenant counted meanwhile.
/// </summary>
internal sealed record LevelTiming(string Stretch, int Writes, long ElapsedMs, RequestSummary Requests);
