using System.Text.Json.Nodes;
using CopSites.SharePoint.Batching;
using CopSites.SharePoint.Resilience;
using Microsoft.Kiota.Abstractions;

namespace CopSites.SharePoint.Provisioning.Reading;

/// <summary>
/// Sends many independent GETs as $batch requests and follows @odata.nextLink pages, so reading a site costs a few
/// round trips instead of one per collection.
/// </summary>
internal sealed class GraphReads(GraphBatchSender batches, GraphRequests requests)
{
    /// <summary>The bodies of the GETs, in order; a 404 gives null, any other failure throws with the operation named.</summary>
    public async Task<IReadOnlyList<JsonNode?>> GetAsync(IReadOnlyList<(string Operation, string Path)> gets, CancellationToken ct)
    {
        if (gets.Count == 0)
        {
            return [];
        }

        var results = await batches.SendAsync(gets.Select(g => new BatchItem(g.Operation, requests.Get(g.Path))).ToArray(), ct);
        var bodies = new JsonNode?[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Status == 404)
            {
                continue;
            }

            bodies[i] = await AllPagesAsync(results[i].EnsureSuccess().Body, gets[i].Operation, ct);
        }

        return bodies;
    }

    /// <summary>One GET.</summary>
    public async Task<JsonNode?> GetAsync(string operation, string path, CancellationToken ct) => (await GetAsync([(operation, path)], ct))[0];

    private async Task<JsonNode?> AllPagesAsync(JsonNode? first, string operation, CancellationToken ct)
    {
        if (first is not JsonObject page || page["value"] is not JsonArray values)
        {
            return first;
        }

        var next = Json.Text(page, "@odata.nextLink");
        while (next is not null)
        {
            var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(next) };
            var result = (await batches.SendAsync([new BatchItem(operation + " (next page)", request)], ct))[0].EnsureSuccess();
            foreach (var value in Json.Values(result.Body))
            {
                values.Add(value.DeepClone());
            }

            next = Json.Text(result.Body, "@odata.nextLink");
        }

        page.Remove("@odata.nextLink");
        return page;
    }
}
