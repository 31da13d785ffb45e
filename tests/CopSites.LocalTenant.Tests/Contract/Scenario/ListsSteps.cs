using Microsoft.Graph.Models;
using GraphList = Microsoft.Graph.Models.List;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>Members plan sessions in the Sessions list: create, read, filter, edit and remove items.</summary>
internal static class ListsSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var lists = s.Graph.Sites[s.SiteId].Lists;
        await lists.GetAsync();
        await lists[s.ListId].GetAsync(r => r.QueryParameters.Expand = ["columns", "contentTypes"]);
        await lists[s.ListId].PatchAsync(new GraphList { Description = "Sessions the community runs" });
        var scratch = await lists.PostAsync(new GraphList { DisplayName = "Scratch", ListProp = new ListInfo { Template = "genericList" } });
        await lists[scratch!.Id].DeleteAsync();

        var bob = s.As("bob");
        var items = bob.Sites[s.SiteId].Lists[s.ListId].Items;
        var first = await items.PostAsync(new ListItem { Fields = Fields(("Title", "Bus rapid transit"), ("CopFormat", "Roundtable"), ("Seats", 20), ("Venue", "Lima")) });
        await items.PostAsync(new ListItem { Fields = Fields(("Title", "Congestion pricing"), ("CopFormat", "Webinar"), ("Venue", "Online")) });
        s.ItemId = first!.Id!;
        await items.GetAsync(r =>
        {
            r.QueryParameters.Expand = ["fields($select=Title,Venue)"];
            r.QueryParameters.Filter = "fields/Venue eq 'Lima'";
        });
        await items[s.ItemId].GetAsync(r => r.QueryParameters.Expand = ["fields"]);
        await items[s.ItemId].PatchAsync(new ListItem { Fields = Fields(("Seats", 25)) });
        await items[s.ItemId].Fields.GetAsync();
        await items[s.ItemId].Fields.PatchAsync(Fields(("Title", "Bus rapid transit in Lima")));
        var stray = await items.PostAsync(new ListItem { Fields = Fields(("Title", "Duplicate")) });
        await items[stray!.Id].DeleteAsync();
    }

    public static FieldValueSet Fields(params (string Name, object Value)[] values) =>
        new() { AdditionalData = values.ToDictionary(v => v.Name, v => v.Value) };
}
