namespace CopSites.Cli;

/// <summary>The exit codes of the copsites command; scripts may rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int TenantError = 3;
    public const int Cancelled = 130;

    /// <summary>A defect of CopSites itself (the trace is printed and says so); never used for bad input.</summary>
    public const int Bug = 70;
}
