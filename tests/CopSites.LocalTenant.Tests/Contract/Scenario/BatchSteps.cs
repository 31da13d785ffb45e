using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>The add-in's dashboard load: one $batch reading a little of everything, plus a write.</summary>
internal static class BatchSteps
{
    public static async Task<int> RunAsync(ContractScenario s)
    {
        var g = s.Graph;
        var batch = new BatchRequestContentCollection(g);
        var steps = new[]
        {
            g.Sites[s.SiteId].ToGetRequestInformation(),
            g.Sites[s.SiteId].Lists[s.ListId].Items.ToGetRequestInformation(r => r.QueryParameters.Expand = ["fields"]),
            g.Sites[s.SiteId].Lists[s.ListId].Items.ToPostRequestInformation(new ListItem { Fields = ListsSteps.Fields(("Title", "Batched session")) }),
            g.Drives[s.DriveId].Items[s.FileId].ToGetRequestInformation(),
            g.Sites[s.SiteId].Pages.ToGetRequestInformation(),
            g.Sites[s.SiteId].TermStore.Groups.ToGetRequestInformation(),
            g.Teams[s.GroupId].Channels.ToGetRequestInformation(),
            g.Groups[s.GroupId].Members.ToGetRequestInformation(),
            g.Sites[s.SiteId].Analytics.AllTime.ToGetRequestInformation(),
        };
        foreach (var step in steps)
        {
            await batch.AddBatchRequestStepAsync(step);
        }

        var responses = await g.Batch.PostAsync(batch);
        var statuses = await responses.GetResponsesStatusCodesAsync();
        statuses.Values.ShouldAllBe(code => (int)code < 300);
        return steps.Length;
    }
}
