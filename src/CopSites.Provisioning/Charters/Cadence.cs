using CopSites.Domain;

namespace CopSites.Provisioning.Charters;

/// <summary>
/// The CoP's engagement rhythm (guide §3.3): a core cadence, lighter touchpoints between meetings, and the
/// formats it plans to use first.
/// </summary>
/// <param name="Core">How often the main meeting happens.</param>
/// <param name="Touchpoints">Lighter, free-text touchpoints, for example "monthly five-minute update in Teams".</param>
/// <param name="Formats">Interaction formats the CoP intends to run; may be empty.</param>
public sealed record Cadence(CoreCadence Core, IReadOnlyList<string> Touchpoints, IReadOnlyList<EventFormat> Formats);
