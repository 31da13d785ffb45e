namespace CopSites.LocalTenant.Directory;

/// <summary>A user of the local tenant, with the profile facts indicators use (unit and country).</summary>
public sealed record UserAccount(string Id, string UserPrincipalName, string DisplayName, string Department, string Country, string JobTitle, bool IsGuest = false);
