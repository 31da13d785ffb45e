using CopSites.LocalTenant.Protocol;

namespace CopSites.LocalTenant.Faults;

/// <summary>What the fault injector decided for one operation: let it through (with advisory headers) or fail it.</summary>
public sealed record FaultDecision(GraphProblem? Problem, IReadOnlyDictionary<string, string> Headers)
{
    public static readonly FaultDecision Proceed = new(null, new Dictionary<string, string>());
}
