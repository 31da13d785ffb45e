namespace CopSites.Indicators.Activity;

/// <summary>One answer to a pulse check (the Pulse checks list). Scores run from 1 (not at all) to 5 (very much).</summary>
/// <param name="Id">The list item id.</param>
/// <param name="RespondentId">Who answered, or null for an anonymous answer.</param>
/// <param name="At">When.</param>
/// <param name="Relevance">How relevant the CoP is to the respondent's work.</param>
/// <param name="Usefulness">How useful its activities and products are.</param>
/// <param name="Connection">How connected the respondent feels to peers.</param>
/// <param name="PerceivedImpact">How much the CoP changed the respondent's work or development.</param>
public sealed record PulseResponse(
    string Id,
    string? RespondentId,
    DateTimeOffset At,
    int? Relevance,
    int? Usefulness,
    int? Connection,
    int? PerceivedImpact);
