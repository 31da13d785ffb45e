using System.Text.Json.Nodes;
using CopSites.Provisioning.Templates;

namespace CopSites.Provisioning.Engine.Resources;

/// <summary>
/// What the template and charter say an object should be. <see cref="Properties"/> is the object in the tenant's
/// wire shape (a Graph columnDefinition, list, sitePage…, or a SharePoint REST node): the gateway sends it as is, and
/// the planner compares it with what the tenant returns.
/// </summary>
/// <param name="Key">The object's natural identity.</param>
/// <param name="Properties">Its desired properties; only these are compared, so server-managed extras never cause updates.</param>
/// <param name="Location">Where in which template it comes from (for errors and the plan).</param>
public sealed record DesiredResource(ResourceKey Key, JsonObject Properties, SourceLocation? Location)
{
    /// <summary>Properties sent on create but never compared or updated (e.g. a list's template, a file's bytes' hash).</summary>
    public JsonObject CreateOnly { get; init; } = new();

    /// <summary>The object this one lives in (the list of a column or item, the term set of a term), whose id the write needs.</summary>
    public ResourceKey? Parent { get; init; }

    /// <summary>When true, an existing object that differs is left alone (a page a person edited).</summary>
    public bool PreserveEdits { get; init; }
}
