using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Provisioning.Writing;

/// <summary>
/// One change as a Graph request, how to read the tenant's answer back as the resource, and what must follow once it
/// landed (a page is published after it is saved).
/// </summary>
internal sealed record GraphWrite(RequestInformation Request, Func<JsonNode?, ActualResource> ToResult)
{
    /// <summary>A request to send after this one succeeded, given the resource it produced.</summary>
    public Func<ActualResource, RequestInformation?>? Then { get; init; }

    /// <summary>What the follow-up's answer adds to the state (a new list's built-in columns).</summary>
    public Func<JsonNode?, IEnumerable<ActualResource>>? ThenResults { get; init; }
}
