namespace CopSites.Cli;

/// <summary>The exit codes of the copsites command; scripts may rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int TenantError = 3;
    public const int Cancelled = 130;
}
