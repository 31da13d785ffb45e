using System.Text.Json.Nodes;
using CopSites.Provisioning.Engine.Resources;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>Walks term sets down their children, one batch per depth, so a deep tree costs one round trip per level.</summary>
internal sealed class TermReader(GraphReads graph, SiteAddress site)
{
    public async Task<IReadOnlyList<ActualResource>> ReadAsync(IReadOnlyList<(JsonObject Group, JsonObject Set)> sets, CancellationToken ct)
    {
        var resources = new List<ActualResource>();
        var store = $"{site.GraphPath}/termStore/sets";
        var frontier = new List<(string ParentPath, string Path)>();
        foreach (var (group, set) in sets)
        {
            var resource = TermResources.Set(Json.Text(group, "displayName")!, set);
            resources.Add(resource);
            frontier.Add((resource.Key.Path, $"{store}/{resource.Id}/children"));
        }

        for (var depth = 0; frontier.Count > 0 && depth < 8; depth++)
        {
            var bodies = await graph.GetAsync(frontier.Select(f => ($"read terms under {f.ParentPath}", f.Path)).ToArray(), ct);
            var next = new List<(string ParentPath, string Path)>();
            for (var i = 0; i < frontier.Count; i++)
            {
                var setId = resources.First(r => r.Key.Kind == ResourceKind.TermSet && frontier[i].ParentPath.StartsWith(r.Key.Path, StringComparison.Ordinal)).Id;
                foreach (var term in Json.Values(bodies[i]))
                {
                    var resource = TermResources.Term(frontier[i].ParentPath, term);
                    resources.Add(resource);
                    next.Add((resource.Key.Path, $"{store}/{setId}/terms/{resource.Id}/children"));
                }
            }

            frontier = next;
        }

        return resources;
    }
}
