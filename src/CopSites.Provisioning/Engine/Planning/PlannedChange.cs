using CopSites.Provisioning.Engine.Resources;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Planning;

/// <summary>One line of a plan: what will happen to an object, and why.</summary>
/// <param name="Key">The object.</param>
/// <param name="Kind">Create, update, unchanged or skipped.</param>
/// <param name="Reason">Why, in words a KLD operator understands.</param>
/// <param name="Level">The dependency level it is applied in.</param>
/// <param name="Differences">For updates and skips, the properties that differ.</param>
/// <param name="Location">Where the template asks for it.</param>
public sealed record PlannedChange(ResourceKey Key, ChangeKind Kind, string Reason, int Level, IReadOnlyList<string> Differences, SourceLocation? Location);
