namespace CopSites.Benchmarks;

/// <summary>The bench's exit codes: scripts fail a run on anything but 0.</summary>
internal static class BenchExitCodes
{
    public const int Success = 0;

    /// <summary>A CoP failed, or a reapply wrote something.</summary>
    public const int Failed = 1;

    public const int InvalidInput = 2;

    public const int Cancelled = 130;
}
