using CopSites.Domain;

namespace CopSites.Indicators.Activity;

/// <summary>A session of the CoP's event pipeline (the Events list).</summary>
/// <param name="Id">The list item id.</param>
/// <param name="Title">The event's title.</param>
/// <param name="Format">The event format, or null when the item names none (or one outside the vocabulary).</param>
/// <param name="Start">When the event starts.</param>
/// <param name="Hosts">People who hosted or organised it.</param>
/// <param name="Presenters">People who presented.</param>
/// <param name="Attendees">People who attended (presenters and hosts need not be repeated here).</param>
public sealed record CommunityEvent(
    string Id,
    string Title,
    EventFormat? Format,
    DateTimeOffset Start,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> Presenters,
    IReadOnlyList<string> Attendees);
