using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Ports;
using CopSites.Provisioning.Engine.Resources;
using CopSites.SharePoint.Rest;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>
/// Reads a CoP's group and site into a <see cref="SiteState"/>: everything a template can touch, keyed by natural
/// identity. Independent reads go out together ($batch for Graph, concurrently for REST): a few round trips per site.
/// </summary>
internal sealed class SiteStateReader(GraphReads graph, SharePointRestClient rest, FileDownloader download)
{
    public async Task<SiteState?> ReadAsync(SiteTarget target, StateQuery query, CancellationToken ct)
    {
        var groups = await graph.GetAsync("find group", $"groups?$filter=mailNickname eq '{target.Alias.Replace("'", "''", StringComparison.Ordinal)}'", ct);
        if (Json.Values(groups).FirstOrDefault() is not { } group)
        {
            return null;
        }

        var groupId = Json.Text(group, "id")!;
        var site = await graph.GetAsync("read group site", $"groups/{groupId}/sites/root", ct)
            ?? throw new InvalidOperationException($"The group '{target.Alias}' has no team site yet; retry in a minute.");
        var facts = new SiteFacts(Json.Text(site, "id")!, new Uri(Json.Text(site, "webUrl")!), groupId, Json.Text(site, "displayName") ?? target.DisplayName);
        var address = SiteAddress.From(facts);
        var resources = new List<ActualResource> { GroupResources.Group(target.Alias, group) };

        var structure = new StructureReader(graph, download, address);
        var restReads = new RestStateReader(rest, address);
        var structureTask = structure.ReadAsync(query, (lists, token) => restReads.ReadViewsAsync(
            lists.Where(l => query.TemplateLists.Contains(l.Key.Path, StringComparer.OrdinalIgnoreCase)), token), ct);
        var restTask = restReads.ReadAsync(ct);
        var membersTask = GroupResources.ReadMembershipAsync(graph, groupId, ct);
        resources.AddRange(await structureTask);
        resources.AddRange(await restTask);
        resources.AddRange(await membersTask);
        return SiteState.Empty(facts).With(resources);
    }
}
