using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Models.TermStore;
using GraphGroup = Microsoft.Graph.Models.Group;

namespace CopSites.LocalTenant.Tests.Resources.TermStore;

public sealed class TermStoreTests : IClassFixture<TenantFixture>
{
    private readonly TenantFixture _tenant;

    public TermStoreTests(TenantFixture tenant) => _tenant = tenant;

    [Fact]
    public async Task GetStore_AnySite_ReturnsSameStoreWithEnglishDefault()
    {
        var root = await _tenant.Graph.Sites["root"].GetAsync();
        var teamSite = await CreateSiteAsync();

        var store = await _tenant.Graph.Sites[root!.Id].TermStore.GetAsync();
        var other = await _tenant.Graph.Sites[teamSite].TermStore.GetAsync();

        store!.DefaultLanguageTag.ShouldBe("en-US");
        store.LanguageTags.ShouldBe(["en-US"]);
        other!.Id.ShouldBe(store.Id);
    }

    [Fact]
    public async Task CreateGroupSetAndTerms_ThroughTheSdk_BuildsAHierarchy()
    {
        var site = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;
        var group = await _tenant.Graph.Sites[site].TermStore.Groups.PostAsync(new Group { DisplayName = Unique("Topics") });
        var set = await _tenant.Graph.Sites[site].TermStore.Sets.PostAsync(new Set
        {
            ParentGroup = new Group { Id = group!.Id },
            LocalizedNames = [new LocalizedName { LanguageTag = "en-US", Name = "Sectors" }],
            Description = "Knowledge sectors",
        });

        var transport = await _tenant.Graph.Sites[site].TermStore.Sets[set!.Id].Children.PostAsync(Term("Transport"));
        var rail = await _tenant.Graph.Sites[site].TermStore.Sets[set.Id].Children[transport!.Id].Children.PostAsync(Term("Rail"));
        await _tenant.Graph.Sites[site].TermStore.Sets[set.Id].Children.PostAsync(Term("Energy"));

        group.Scope.ShouldBe(TermGroupScope.Global);
        var topLevel = await _tenant.Graph.Sites[site].TermStore.Sets[set.Id].Children.GetAsync();
        topLevel!.Value!.Select(Label).ShouldBe(["Transport", "Energy"]);
        var all = await _tenant.Graph.Sites[site].TermStore.Sets[set.Id].Terms.GetAsync();
        all!.Value!.Select(Label).ShouldBe(["Transport", "Rail", "Energy"]);
        var children = await _tenant.Graph.Sites[site].TermStore.Groups[group.Id].Sets[set.Id].Children[transport.Id].Children.GetAsync();
        children!.Value!.Select(t => t.Id).ShouldBe([rail!.Id]);
        var inGroup = await _tenant.Graph.Sites[site].TermStore.Groups[group.Id].Sets.GetAsync();
        inGroup!.Value!.Single().LocalizedNames!.Single().Name.ShouldBe("Sectors");
        var parent = await _tenant.Graph.Sites[site].TermStore.Sets[set.Id].ParentGroup.GetAsync();
        parent!.Id.ShouldBe(group.Id);
    }

    [Fact]
    public async Task CreateTerm_DuplicateLabelAmongSiblings_Is409ButAllowedUnderAnotherParent()
    {
        var (site, setId) = await CreateSetAsync();
        var water = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children.PostAsync(Term("Water"));
        var energy = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children.PostAsync(Term("Energy"));
        await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children[water!.Id].Children.PostAsync(Term("Policy"));

        var duplicate = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Sets[setId].Children.PostAsync(Term("WATER")));
        var childDuplicate = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Sets[setId].Children[water.Id].Children.PostAsync(Term("policy")));
        var elsewhere = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children[energy!.Id].Children.PostAsync(Term("Policy"));

        duplicate.ResponseStatusCode.ShouldBe(409);
        duplicate.Error!.Code.ShouldBe("nameAlreadyExists");
        childDuplicate.ResponseStatusCode.ShouldBe(409);
        elsewhere!.Id.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("{\"labels\":[{\"name\":\"  \",\"languageTag\":\"en-US\",\"isDefault\":true}]}")]
    [InlineData("{\"labels\":[]}")]
    [InlineData("{\"labels\":[{\"name\":\"A;B\",\"languageTag\":\"en-US\",\"isDefault\":true}]}")]
    [InlineData("{\"labels\":[{\"name\":\"Agua\",\"languageTag\":\"es-ES\",\"isDefault\":true}]}")]
    [InlineData("{\"labels\":[{\"name\":\"NoDefault\",\"languageTag\":\"en-US\",\"isDefault\":false}]}")]
    public async Task CreateTerm_InvalidLabels_Is400(string body)
    {
        var (site, setId) = await CreateSetAsync();

        var (status, error, _) = await _tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{site}/termStore/sets/{setId}/children", body);

        status.ShouldBe(400);
        error!["error"]!["code"]!.ToString().ShouldBe("invalidRequest");
    }

    [Fact]
    public async Task UpdateTerm_LabelsDescriptionsAndProperties_AreStoredAndDuplicateRenameIs409()
    {
        var (site, setId) = await CreateSetAsync();
        var first = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children.PostAsync(Term("Health"));
        var second = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children.PostAsync(Term("Education"));

        await _tenant.Graph.Sites[site].TermStore.Sets[setId].Terms[first!.Id].PatchAsync(new Term
        {
            Labels = [new LocalizedLabel { Name = "Public Health", LanguageTag = "en-US", IsDefault = true }, new LocalizedLabel { Name = "PH", LanguageTag = "en-US", IsDefault = false }],
            Descriptions = [new LocalizedDescription { Description = "Health systems", LanguageTag = "en-US" }],
            Properties = [new Microsoft.Graph.Models.KeyValue { Key = "code", Value = "HE" }],
        });
        var rename = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Sets[setId].Terms[second!.Id].PatchAsync(Term("public health")));

        var updated = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Terms[first.Id].GetAsync();
        updated!.Labels!.Select(l => l.Name).ShouldBe(["Public Health", "PH"]);
        updated.Descriptions!.Single().Description.ShouldBe("Health systems");
        updated.Properties!.Single().Value.ShouldBe("HE");
        rename.ResponseStatusCode.ShouldBe(409);
    }

    [Fact]
    public async Task DeleteTerm_WithChildren_RemovesTheSubtree()
    {
        var (site, setId) = await CreateSetAsync();
        var parent = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children.PostAsync(Term("Digital"));
        var child = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children[parent!.Id].Children.PostAsync(Term("Data"));
        await _tenant.Graph.Sites[site].TermStore.Sets[setId].Terms[child!.Id].Children.PostAsync(Term("Open data"));
        await _tenant.Graph.Sites[site].TermStore.Sets[setId].Children.PostAsync(Term("Gender"));

        await _tenant.Graph.Sites[site].TermStore.Sets[setId].Terms[parent.Id].DeleteAsync();

        var all = await _tenant.Graph.Sites[site].TermStore.Sets[setId].Terms.GetAsync();
        all!.Value!.Select(Label).ShouldBe(["Gender"]);
    }

    [Fact]
    public async Task CreateGroup_DuplicateName_Is409AndEmptyName_Is400()
    {
        var site = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;
        var name = Unique("Unique");
        await _tenant.Graph.Sites[site].TermStore.Groups.PostAsync(new Group { DisplayName = name });

        var duplicate = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Groups.PostAsync(new Group { DisplayName = name.ToUpperInvariant() }));
        var empty = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Groups.PostAsync(new Group { DisplayName = " " }));

        duplicate.ResponseStatusCode.ShouldBe(409);
        duplicate.Error!.Code.ShouldBe("nameAlreadyExists");
        empty.ResponseStatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task SiteCollectionGroup_IsVisibleOnlyFromItsSite_GlobalGroupFromEvery()
    {
        var siteA = await CreateSiteAsync();
        var siteB = await CreateSiteAsync();
        var local = await _tenant.Graph.Sites[siteA].TermStore.Groups.PostAsync(new Group { DisplayName = Unique("Local"), Scope = TermGroupScope.SiteCollection });
        var global = await _tenant.Graph.Sites[siteA].TermStore.Groups.PostAsync(new Group { DisplayName = Unique("Shared") });

        var fromA = await _tenant.Graph.Sites[siteA].TermStore.Groups.GetAsync();
        var fromB = await _tenant.Graph.Sites[siteB].TermStore.Groups.GetAsync();
        var hidden = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[siteB].TermStore.Groups[local!.Id].GetAsync());

        local!.Scope.ShouldBe(TermGroupScope.SiteCollection);
        local.ParentSiteId.ShouldBe(siteA);
        fromA!.Value!.Select(g => g.Id).ShouldContain(local.Id);
        fromA.Value!.Select(g => g.Id).ShouldContain(global!.Id);
        fromB!.Value!.Select(g => g.Id).ShouldNotContain(local.Id);
        fromB.Value!.Select(g => g.Id).ShouldContain(global.Id);
        hidden.ResponseStatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task DeleteGroup_WithSets_Is400AndEmptyGroupDeletes()
    {
        var site = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;
        var group = await _tenant.Graph.Sites[site].TermStore.Groups.PostAsync(new Group { DisplayName = Unique("Busy") });
        var set = await _tenant.Graph.Sites[site].TermStore.Groups[group!.Id].Sets.PostAsync(new Set { LocalizedNames = [new LocalizedName { LanguageTag = "en-US", Name = "Regions" }] });

        var busy = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Groups[group.Id].DeleteAsync());
        await _tenant.Graph.Sites[site].TermStore.Sets[set!.Id].DeleteAsync();
        await _tenant.Graph.Sites[site].TermStore.Groups[group.Id].DeleteAsync();

        busy.ResponseStatusCode.ShouldBe(400);
        (await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Groups[group.Id].GetAsync())).ResponseStatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task UpdateSet_NewNameAndDuplicateSetName_Behaves()
    {
        var site = (await _tenant.Graph.Sites["root"].GetAsync())!.Id;
        var group = await _tenant.Graph.Sites[site].TermStore.Groups.PostAsync(new Group { DisplayName = Unique("Sets") });
        var sets = _tenant.Graph.Sites[site].TermStore.Groups[group!.Id].Sets;
        var one = await sets.PostAsync(new Set { LocalizedNames = [new LocalizedName { LanguageTag = "en-US", Name = "Countries" }] });
        await sets.PostAsync(new Set { LocalizedNames = [new LocalizedName { LanguageTag = "en-US", Name = "Units" }] });

        await sets[one!.Id].PatchAsync(new Set { Description = "Borrowing members" });
        var duplicate = await Should.ThrowAsync<ODataError>(() => sets[one.Id].PatchAsync(new Set { LocalizedNames = [new LocalizedName { LanguageTag = "en-US", Name = "units" }] }));
        var missingGroup = await Should.ThrowAsync<ODataError>(() => _tenant.Graph.Sites[site].TermStore.Sets.PostAsync(new Set { LocalizedNames = [new LocalizedName { LanguageTag = "en-US", Name = "Orphan" }] }));

        (await sets[one.Id].GetAsync())!.Description.ShouldBe("Borrowing members");
        duplicate.ResponseStatusCode.ShouldBe(409);
        missingGroup.ResponseStatusCode.ShouldBe(400);
    }

    private static Term Term(string label) =>
        new() { Labels = [new LocalizedLabel { Name = label, LanguageTag = "en-US", IsDefault = true }] };

    private static string? Label(Term term) => term.Labels!.Single(l => l.IsDefault == true).Name;

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private async Task<(string Site, string SetId)> CreateSetAsync()
    {
        var site = (await _tenant.Graph.Sites["root"].GetAsync())!.Id!;
        var group = await _tenant.Graph.Sites[site].TermStore.Groups.PostAsync(new Group { DisplayName = Unique("G") });
        var set = await _tenant.Graph.Sites[site].TermStore.Groups[group!.Id].Sets.PostAsync(new Set
        {
            LocalizedNames = [new LocalizedName { LanguageTag = "en-US", Name = "S" }],
        });
        return (site, set!.Id!);
    }

    private async Task<string> CreateSiteAsync()
    {
        var alias = "ts-" + Guid.NewGuid().ToString("N")[..8];
        var group = await _tenant.Graph.Groups.PostAsync(new GraphGroup
        {
            DisplayName = alias, MailNickname = alias, GroupTypes = ["Unified"], MailEnabled = true, SecurityEnabled = false,
        });
        return (await _tenant.Graph.Groups[group!.Id].Sites["root"].GetAsync())!.Id!;
    }
}
