namespace CopSites.SharePoint.Connection;

/// <summary>Validation helpers shared by the option POCOs; each failure names the option.</summary>
internal static class OptionChecks
{
    public static TimeSpan Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero ? value : throw new InvalidTenantOptionException(name, $"must be positive, not {value}.");

    public static TimeSpan NotNegative(TimeSpan value, string name) =>
        value >= TimeSpan.Zero ? value : throw new InvalidTenantOptionException(name, $"must not be negative, not {value}.");

    public static int InRange(int value, int min, int max, string name) =>
        value >= min && value <= max ? value : throw new InvalidTenantOptionException(name, $"must be between {min} and {max}, not {value}.");

    public static string NotBlank(string? value, string name) =>
        !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw new InvalidTenantOptionException(name, "is required.");

    public static string Guid(string? value, string name) =>
        System.Guid.TryParse(NotBlank(value, name), out _)
            ? value!.Trim()
            : throw new InvalidTenantOptionException(name, $"must be a GUID, not '{value}'.");

    /// <summary>A tenant id is a GUID or a verified domain (contoso.onmicrosoft.com); "common" is refused for app-only flows elsewhere.</summary>
    public static string TenantId(string? value, string name)
    {
        var text = NotBlank(value, name);
        var ok = System.Guid.TryParse(text, out _) || (text.Contains('.') && Uri.CheckHostName(text) == UriHostNameType.Dns)
            || text is "organizations" or "common";
        return ok ? text : throw new InvalidTenantOptionException(name, $"must be a tenant GUID or domain such as contoso.onmicrosoft.com, not '{value}'.");
    }
}
