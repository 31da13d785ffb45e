using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.Provisioning.Engine.Ports;

/// <summary>One write the gateway must make.</summary>
/// <param name="Key">The object.</param>
/// <param name="Kind">Create or Update.</param>
/// <param name="Body">For a create, every desired property plus the create-only ones; for an update, only what differs.</param>
/// <param name="ExistingId">The tenant id of the object being updated.</param>
/// <param name="ParentId">The tenant id of the parent (the list of a column or item, the content type of a column link, the term set of a term).</param>
public sealed record ResourceChange(ResourceKey Key, ChangeKind Kind, JsonObject Body, string? ExistingId, string? ParentId);
