namespace CopSites.Indicators.Network;

/// <summary>One person the network analysis singles out, with the figure and the reason in words.</summary>
/// <param name="PersonId">The <see cref="Activity.Person.Id"/>.</param>
/// <param name="Score">The figure that put them here (e.g. normalised betweenness, reuse count).</param>
/// <param name="Reason">Why, in a sentence a member understands (e.g. "links Water and Energy members").</param>
public sealed record PersonHighlight(string PersonId, double Score, string Reason);
