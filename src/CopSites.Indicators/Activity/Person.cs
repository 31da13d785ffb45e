namespace CopSites.Indicators.Activity;

/// <summary>Someone who appears in a CoP's activity, as the directory describes them.</summary>
/// <param name="Id">The directory object id (stable across renames); every other activity record refers to people by it.</param>
/// <param name="DisplayName">The name shown on the Usage page (spotlights only; the page never ranks anyone at the bottom).</param>
/// <param name="Unit">The organisational unit (Entra <c>department</c>), when the directory has it.</param>
/// <param name="Country">The country (Entra <c>country</c>, or <c>usageLocation</c> as a fallback), when known.</param>
/// <param name="UserPrincipalName">The sign-in name, which the People web part needs; null when unknown.</param>
public sealed record Person(string Id, string DisplayName, string? Unit, string? Country, string? UserPrincipalName = null);
