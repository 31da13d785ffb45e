using CopSites.Indicators.Network.Measures;

namespace CopSites.Indicators.Network;

/// <summary>Every measure of one node.</summary>
/// <param name="Id">The node's label.</param>
/// <param name="Group">Its group (unit, country), when groups were given.</param>
/// <param name="Betweenness">Normalised betweenness, as networkx's default.</param>
/// <param name="BetweennessRaw">Betweenness over unordered pairs, unnormalised.</param>
/// <param name="Degree">Distinct neighbours.</param>
/// <param name="Strength">Sum of tie weights.</param>
/// <param name="CoreNumber">k-core number.</param>
/// <param name="ParticipationCoefficient">Spread of ties across groups; null when isolated or without groups.</param>
/// <param name="Constraint">Burt's constraint; null when isolated.</param>
/// <param name="Brokerage">Gould–Fernandez roles; null without groups.</param>
/// <param name="Component">The connected component it belongs to.</param>
public sealed record NodeMeasures(
    string Id,
    string? Group,
    double Betweenness,
    double BetweennessRaw,
    int Degree,
    double Strength,
    int CoreNumber,
    double? ParticipationCoefficient,
    double? Constraint,
    BrokerageRoles? Brokerage,
    int Component);
