namespace CopSites.LocalTenant.WebUi.Data;

/// <summary>A navigation entry; <paramref name="Href"/> is null when the stored URL was not safe to link to.</summary>
internal sealed record NavLink(string Title, string? Href, IReadOnlyList<NavLink> Children);
