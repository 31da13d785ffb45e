namespace CopSites.Cli.Provisioning;

/// <summary>How provisioning one CoP ended.</summary>
internal enum CopStatus
{
    Succeeded,
    InvalidInput,
    TenantRefused,
    Failed,
}

/// <summary>One CoP's outcome in a (possibly many-CoP) run.</summary>
internal sealed record CopOutcome(string Charter, CopStatus Status, IReadOnlyList<string> Problems, ProvisioningSummary? Summary);
