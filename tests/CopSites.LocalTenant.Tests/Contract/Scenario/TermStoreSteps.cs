using Microsoft.Graph.Models.TermStore;
using GroupScopedSet = Microsoft.Graph.Sites.Item.TermStore.Groups.Item.Sets.Item.SetItemRequestBuilder;
using StoreScopedSet = Microsoft.Graph.Sites.Item.TermStore.Sets.Item.SetItemRequestBuilder;

namespace CopSites.LocalTenant.Tests.Contract.Scenario;

/// <summary>
/// The community's taxonomy: a term group, a Sectors set reached through the store and a Regions set reached through
/// its group, each with a two-level hierarchy walked through both the terms and the children navigation.
/// </summary>
internal static class TermStoreSteps
{
    public static async Task RunAsync(ContractScenario s)
    {
        var store = s.Graph.Sites[s.SiteId].TermStore;
        await store.GetAsync();
        await store.PatchAsync(new Store { DefaultLanguageTag = "en-US", LanguageTags = ["en-US"] });
        var group = await store.Groups.PostAsync(new Group { DisplayName = "Mobility " + s.Alias, Description = "Mobility taxonomy" });
        await store.Groups.GetAsync();
        await store.Groups[group!.Id].GetAsync();
        await store.Groups[group.Id].PatchAsync(new Group { Description = "Taxonomy of the mobility community" });

        var sectors = await store.Sets.PostAsync(new Set { ParentGroup = new Group { Id = group.Id }, LocalizedNames = [Name("Sectors")] });
        await store.Sets.GetAsync();
        await store.Sets[sectors!.Id].GetAsync();
        await store.Sets[sectors.Id].PatchAsync(new Set { Description = "Knowledge sectors" });
        await store.Sets[sectors.Id].ParentGroup.GetAsync();
        await StoreScopedAsync(store.Sets[sectors.Id]);

        var regions = await store.Groups[group.Id].Sets.PostAsync(new Set { LocalizedNames = [Name("Regions")] });
        await store.Groups[group.Id].Sets.GetAsync();
        await store.Groups[group.Id].Sets[regions!.Id].GetAsync();
        await store.Groups[group.Id].Sets[regions.Id].PatchAsync(new Set { Description = "World regions" });
        await store.Groups[group.Id].Sets[regions.Id].ParentGroup.GetAsync();
        await GroupScopedAsync(store.Groups[group.Id].Sets[regions.Id]);

        var scratchGroup = await store.Groups.PostAsync(new Group { DisplayName = "Scratch " + s.Alias });
        var scratchA = await store.Sets.PostAsync(new Set { ParentGroup = new Group { Id = scratchGroup!.Id }, LocalizedNames = [Name("A")] });
        var scratchB = await store.Groups[scratchGroup.Id].Sets.PostAsync(new Set { LocalizedNames = [Name("B")] });
        await store.Sets[scratchA!.Id].DeleteAsync();
        await store.Groups[scratchGroup.Id].Sets[scratchB!.Id].DeleteAsync();
        await store.Groups[scratchGroup.Id].DeleteAsync();
    }

    private static async Task StoreScopedAsync(StoreScopedSet set)
    {
        var top = await set.Children.PostAsync(Term("Transport"));
        var rail = await set.Children[top!.Id].Children.PostAsync(Term("Rail"));
        var roads = await set.Terms[top.Id].Children.PostAsync(Term("Roads"));
        await set.Terms.GetAsync();
        await set.Children.GetAsync();
        await set.Terms[top.Id].GetAsync();
        await set.Terms[top.Id].PatchAsync(Described("Moving people and goods"));
        await set.Terms[top.Id].Children.GetAsync();
        await set.Terms[top.Id].Children[rail!.Id].GetAsync();
        await set.Terms[top.Id].Children[rail.Id].PatchAsync(Described("Trains and metros"));
        await set.Terms[top.Id].Set.GetAsync();
        await set.Children[top.Id].GetAsync();
        await set.Children[top.Id].PatchAsync(Described("Transport and mobility"));
        await set.Children[top.Id].Children.GetAsync();
        await set.Children[top.Id].Children[rail.Id].GetAsync();
        await set.Children[top.Id].Children[rail.Id].PatchAsync(Described("Rail transport"));
        await set.Children[top.Id].Set.GetAsync();
        await set.Children[top.Id].Children[roads!.Id].DeleteAsync();
        await set.Terms[top.Id].Children[rail.Id].DeleteAsync();
        var energy = await set.Children.PostAsync(Term("Energy"));
        await set.Children[energy!.Id].DeleteAsync();
        var water = await set.Children.PostAsync(Term("Water"));
        await set.Terms[water!.Id].DeleteAsync();
    }

    private static async Task GroupScopedAsync(GroupScopedSet set)
    {
        var top = await set.Children.PostAsync(Term("Latin America"));
        var andes = await set.Children[top!.Id].Children.PostAsync(Term("Andes"));
        var caribbean = await set.Terms[top.Id].Children.PostAsync(Term("Caribbean"));
        await set.Terms.GetAsync();
        await set.Children.GetAsync();
        await set.Terms[top.Id].GetAsync();
        await set.Terms[top.Id].PatchAsync(Described("LAC"));
        await set.Terms[top.Id].Children.GetAsync();
        await set.Terms[top.Id].Children[andes!.Id].GetAsync();
        await set.Terms[top.Id].Children[andes.Id].PatchAsync(Described("Andean countries"));
        await set.Terms[top.Id].Set.GetAsync();
        await set.Children[top.Id].GetAsync();
        await set.Children[top.Id].PatchAsync(Described("Latin America and the Caribbean"));
        await set.Children[top.Id].Children.GetAsync();
        await set.Children[top.Id].Children[andes.Id].GetAsync();
        await set.Children[top.Id].Children[andes.Id].PatchAsync(Described("Andean region"));
        await set.Children[top.Id].Set.GetAsync();
        await set.Children[top.Id].Children[caribbean!.Id].DeleteAsync();
        await set.Terms[top.Id].Children[andes.Id].DeleteAsync();
        var africa = await set.Children.PostAsync(Term("Africa"));
        await set.Children[africa!.Id].DeleteAsync();
        var asia = await set.Children.PostAsync(Term("Asia"));
        await set.Terms[asia!.Id].DeleteAsync();
    }

    private static LocalizedName Name(string name) => new() { LanguageTag = "en-US", Name = name };

    private static Term Term(string label) => new() { Labels = [new LocalizedLabel { Name = label, LanguageTag = "en-US", IsDefault = true }] };

    private static Term Described(string text) => new() { Descriptions = [new LocalizedDescription { Description = text, LanguageTag = "en-US" }] };
}
