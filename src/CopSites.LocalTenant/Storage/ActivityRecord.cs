namespace CopSites.LocalTenant.Storage;

/// <summary>One thing a person did to a site, list item or file, as analytics records it.</summary>
/// <param name="Target">A key such as "site/{siteId}/list/{listId}/item/{itemId}"; prefixes select sub-trees.</param>
/// <param name="Action">"access", "create" or "edit".</param>
/// <param name="Actor">The user principal name.</param>
/// <param name="At">When.</param>
public sealed record ActivityRecord(string Target, string Action, string Actor, DateTimeOffset At);
