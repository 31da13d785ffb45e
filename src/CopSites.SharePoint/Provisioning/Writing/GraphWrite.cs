using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>
/// One change as a Graph request, how to read the tenant's answer back as the resource, and what must follow once it
/// landed, in order (a page is published after it is saved; a new list is renamed, then its built-in columns read).
/// </summary>
internal sealed record GraphWrite(RequestInformation Request, Func<JsonNode?, ActualResource> ToResult)
{
    /// <summary>Requests to send, one round after another, once this one succeeded.</summary>
    public IReadOnlyList<FollowUp> Then { get; init; } = [];
}

/// <summary>
/// A request made after a write landed, given the resource it produced (null: nothing to send), and what its answer
/// adds to the state.
/// </summary>
internal sealed record FollowUp(Func<ActualResource, RequestInformation?> Request)
{
    /// <summary>Objects the answer shows beside the written one (a new list's built-in columns).</summary>
    public Func<JsonNode?, IEnumerable<ActualResource>>? Related { get; init; }
}
