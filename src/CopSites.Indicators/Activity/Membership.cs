namespace CopSites.Indicators.Activity;

/// <summary>One stretch of membership of the CoP's group: a person who joined and, perhaps, left.</summary>
/// <param name="PersonId">The member's directory object id.</param>
/// <param name="Joined">When the person joined (from the directory's audit trail or the first snapshot that saw them).</param>
/// <param name="Left">When the person left, or null while they are a member.</param>
/// <param name="IsLead">True for the group's owners (the CoP's leads and moderators).</param>
public sealed record Membership(string PersonId, DateTimeOffset Joined, DateTimeOffset? Left, bool IsLead);
