namespace CopSites.SharePoint.Connection;

/// <summary>A connection, authentication, resilience or batching option has a bad value; <see cref="OptionName"/> says which.</summary>
public sealed class InvalidTenantOptionException(string optionName, string message)
    : ArgumentException($"{optionName}: {message}", optionName)
{
    /// <summary>The option at fault, e.g. "Resilience.MaxAttempts" or "Certificate.PfxPath".</summary>
    public string OptionName { get; } = optionName;
}
