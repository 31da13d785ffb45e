namespace CopSites.Benchmarks.Hostile;

/// <summary>How the real `copsites` process handled one case.</summary>
/// <param name="Case">The input.</param>
/// <param name="ExitCode">The process's exit code (2 is a refusal of bad input).</param>
/// <param name="ElapsedMs">Wall-clock time of the whole process, start-up included.</param>
/// <param name="PeakMemoryMb">The process's peak resident memory (GNU time's maximum RSS, or VmHWM sampled every 10 ms).</param>
/// <param name="StderrBytes">How much it printed on stderr (floods are capped).</param>
/// <param name="FirstLine">The first line it printed on stderr.</param>
internal sealed record HostileRun(HostileCase Case, int ExitCode, long ElapsedMs, double PeakMemoryMb, long StderrBytes, string FirstLine);
