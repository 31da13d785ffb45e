namespace CopSites.Benchmarks.ProvisionMany;

/// <summary>One CoP of a many-CoP run: how long it took from its start and whether every write landed.</summary>
internal sealed record CopRun(string Alias, bool Succeeded, long ElapsedMs, IReadOnlyList<string> Problems);
