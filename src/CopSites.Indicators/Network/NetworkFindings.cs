using CopSites.Indicators.Reporting;

namespace CopSites.Indicators.Network;

/// <summary>
/// What the network analysis of one CoP found: figures for the Indicators list and the people and hubs the Usage
/// page talks about.
/// </summary>
/// <param name="Observations">Network measures as indicator observations (indicator key <c>network</c>), monthly and <c>all</c>.</param>
/// <param name="Connectors">People who bridge units and countries (brokerage, betweenness), strongest first.</param>
/// <param name="Multipliers">People whose contributions others take up most (replies received, products reused), strongest first.</param>
/// <param name="HubsFormed">People central in the latest period who were not in the one before.</param>
/// <param name="HubsFaded">People central in the period before who no longer are.</param>
/// <param name="HubOverlap">Top-k overlap of central people between the two latest periods (0–1); null without two periods.</param>
public sealed record NetworkFindings(
    IReadOnlyList<IndicatorObservation> Observations,
    IReadOnlyList<PersonHighlight> Connectors,
    IReadOnlyList<PersonHighlight> Multipliers,
    IReadOnlyList<string> HubsFormed,
    IReadOnlyList<string> HubsFaded,
    double? HubOverlap);
