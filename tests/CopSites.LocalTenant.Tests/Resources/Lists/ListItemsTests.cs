using CopSites.LocalTenant.Tests.TestSupport;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CopSites.LocalTenant.Tests.Resources.Lists;

public sealed class ListItemsTests(TenantFixture tenant) : IClassFixture<TenantFixture>
{
    private static ColumnDefinition Format(bool indexed = true) => new()
    {
        Name = "CopFormat", Indexed = indexed, Choice = new ChoiceColumn { Choices = ["Roundtable", "Webinar", "Clinic"] },
    };

    [Fact]
    public async Task CreateItems_ThenFilterOnIndexedField_ReturnsMatchesWithSelectedFields()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Sessions", Format(), new ColumnDefinition { Name = "Seats", Number = new NumberColumn() });
        foreach (var (title, format) in new[] { ("Mobility", "Roundtable"), ("Budgets", "Webinar"), ("Grids", "Roundtable") })
        {
            await tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem { Fields = TeamSites.Fields(("Title", title), ("CopFormat", format), ("Seats", 20)) });
        }

        var page = await tenant.Graph.Sites[siteId].Lists[list.Id].Items.GetAsync(r =>
        {
            r.QueryParameters.Expand = ["fields($select=Title,CopFormat)"];
            r.QueryParameters.Filter = "fields/CopFormat eq 'Roundtable'";
            r.QueryParameters.Orderby = ["fields/CopFormat"];
        });

        page!.Value!.Select(i => i.Fields!.AdditionalData["Title"]).ShouldBe(["Mobility", "Grids"]);
        page.Value![0].Fields!.AdditionalData.Keys.ShouldNotContain("Seats");
    }

    [Fact]
    public async Task FilterOnNonIndexedField_Is400UnlessPreferHeaderAcceptsIt()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Loose", Format(indexed: false));
        await tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem { Fields = TeamSites.Fields(("Title", "One"), ("CopFormat", "Clinic")) });

        var error = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Lists[list.Id].Items.GetAsync(r =>
            r.QueryParameters.Filter = "fields/CopFormat eq 'Clinic'"));
        var allowed = await tenant.Graph.Sites[siteId].Lists[list.Id].Items.GetAsync(r =>
        {
            r.QueryParameters.Filter = "fields/CopFormat eq 'Clinic'";
            r.Headers.Add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly");
        });

        error.ResponseStatusCode.ShouldBe(400);
        error.Error!.Message!.ShouldContain("CopFormat");
        allowed!.Value!.Count.ShouldBe(1);
        allowed.Value[0].Fields.ShouldBeNull();
    }

    [Fact]
    public async Task UpdateFields_WithStaleETag_Is412AndWithCurrentETagSucceeds()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Versioned", Format());
        var item = await tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem { Fields = TeamSites.Fields(("Title", "v1")) });
        item!.ETag!.ShouldMatch("^\"[0-9a-f-]{36},1\"$");
        await tenant.Graph.Sites[siteId].Lists[list.Id].Items[item.Id].Fields.PatchAsync(TeamSites.Fields(("Title", "v2")));

        var stale = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Lists[list.Id].Items[item.Id].Fields.PatchAsync(
            TeamSites.Fields(("Title", "lost update")), r => r.Headers.Add("If-Match", item.ETag!)));
        var current = await tenant.Graph.Sites[siteId].Lists[list.Id].Items[item.Id].GetAsync();
        var fields = await tenant.Graph.Sites[siteId].Lists[list.Id].Items[item.Id].Fields.PatchAsync(
            TeamSites.Fields(("Title", "v3")), r => r.Headers.Add("If-Match", current!.ETag!));
        var staleDelete = await Should.ThrowAsync<ODataError>(() => tenant.Graph.Sites[siteId].Lists[list.Id].Items[item.Id].DeleteAsync(r => r.Headers.Add("If-Match", item.ETag!)));

        stale.ResponseStatusCode.ShouldBe(412);
        staleDelete.ResponseStatusCode.ShouldBe(412);
        fields!.AdditionalData["Title"].ShouldBe("v3");
        fields.AdditionalData["_UIVersionString"].ShouldBe("3.0");
    }

    [Theory]
    [InlineData("{\"fields\":{\"Title\":\"x\",\"Nope\":\"y\"}}", "Field 'Nope' is not recognized")]
    [InlineData("{\"fields\":{\"CopFormat\":\"Party\"}}", "Party")]
    [InlineData("{\"fields\":{\"Seats\":\"many\"}}", "Seats")]
    [InlineData("{\"fields\":{\"When\":\"not a date\"}}", "When")]
    [InlineData("{\"fields\":{\"Tags\":[\"a\"]}}", "type name")]
    [InlineData("{\"fields\":{\"Tags@odata.type\":\"Collection(Edm.String)\",\"Tags\":[\"zz\"]}}", "zz")]
    [InlineData("{\"fields\":{\"Title\":\"no owner\"}}", "Owner")]
    [InlineData("{\"fields\":{\"OwnerLookupId\":\"99999\"}}", "OwnerLookupId")]
    [InlineData("{\"fields\":{\"Created\":\"2020-01-01T00:00:00Z\"}}", "read-only")]
    public async Task CreateItem_InvalidField_Is400NamingTheField(string body, string expected)
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Strict", Format(),
            new ColumnDefinition { Name = "Seats", Number = new NumberColumn() },
            new ColumnDefinition { Name = "When", DateTime = new DateTimeColumn() },
            new ColumnDefinition { Name = "Tags", Choice = new ChoiceColumn { Choices = ["a", "b"], DisplayAs = "checkBoxes" } },
            new ColumnDefinition { Name = "Owner", Required = body.Contains("no owner"), PersonOrGroup = new PersonOrGroupColumn() });

        var (status, error, _) = await tenant.SendAsync(HttpMethod.Post, $"v1.0/sites/{siteId}/lists/{list.Id}/items", body);

        status.ShouldBe(400);
        error!["error"]!["message"]!.ToString().ShouldContain(expected);
    }

    [Fact]
    public async Task CreateItem_TypedFieldsLookupsAndPeople_AreStoredAndReturned()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var countries = await TeamSites.CreateListAsync(tenant, siteId, "Countries");
        var peru = await tenant.Graph.Sites[siteId].Lists[countries.Id].Items.PostAsync(new ListItem { Fields = TeamSites.Fields(("Title", "Peru")) });
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Missions",
            new ColumnDefinition { Name = "Country", Lookup = new LookupColumn { ListId = countries.Id, ColumnName = "Title" } },
            new ColumnDefinition { Name = "Lead", PersonOrGroup = new PersonOrGroupColumn() },
            new ColumnDefinition { Name = "Tags", Choice = new ChoiceColumn { Choices = ["a", "b"], DisplayAs = "checkBoxes" } },
            new ColumnDefinition { Name = "Start", DateTime = new DateTimeColumn() },
            new ColumnDefinition { Name = "Open", Boolean = new BooleanColumn() });
        var lead = (await tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem { Fields = TeamSites.Fields(("Title", "probe")) }))!
            .Fields!.AdditionalData["AuthorLookupId"].ToString()!;

        var item = await tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem
        {
            Fields = TeamSites.Fields(("Title", "Lima visit"), ("CountryLookupId", peru!.Id!), ("LeadLookupId", lead),
                ("Tags@odata.type", "Collection(Edm.String)"), ("Tags", new[] { "a", "b" }), ("Start", "2025-03-01T10:00:00+02:00"), ("Open", true)),
        });

        var fields = item!.Fields!.AdditionalData;
        fields["CountryLookupId"].ShouldBe(peru.Id);
        fields["LeadLookupId"].ShouldBe(lead);
        fields["Open"].ShouldBe(true);
        item.CreatedBy!.User!.DisplayName.ShouldBe("Alice Moreno");
        item.ContentType!.Id!.ShouldStartWith("0x0100");
        var read = await tenant.Graph.Sites[siteId].Lists["Missions"].Items[item.Id].GetAsync(r => r.QueryParameters.Expand = ["fields"]);
        read!.Fields!.AdditionalData["Title"].ShouldBe("Lima visit");
        var (_, raw, response) = await tenant.SendAsync(HttpMethod.Get, $"v1.0/sites/{siteId}/lists/{list.Id}/items/{item.Id}/fields");
        raw!["Start"]!.ToString().ShouldBe("2025-03-01T08:00:00Z");
        raw["Tags"]!.AsArray().Select(t => t!.ToString()).ShouldBe(["a", "b"]);
        response.Headers.ETag!.Tag.ShouldBe(read.ETag);
    }

    [Fact]
    public async Task ItemsRoutes_RecordCreateEditAndAccessActivities()
    {
        var siteId = await TeamSites.CreateAsync(tenant);
        var list = await TeamSites.CreateListAsync(tenant, siteId, "Watched");
        var item = await tenant.Graph.Sites[siteId].Lists[list.Id].Items.PostAsync(new ListItem { Fields = TeamSites.Fields(("Title", "a")) });
        await tenant.Graph.Sites[siteId].Lists[list.Id].Items[item!.Id].Fields.PatchAsync(TeamSites.Fields(("Title", "b")));
        await tenant.Graph.Sites[siteId].Lists[list.Id].Items[item.Id].GetAsync();
        await tenant.Graph.Sites[siteId].Lists[list.Id].Items.GetAsync();

        var activities = await tenant.Host.Database.ReadAsync(s =>
            s.ListActivitiesAsync($"site/{siteId}/list/{list.Id}/item/{item.Id}", DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None), CancellationToken.None);

        activities.Select(a => a.Action).ShouldBe(["create", "edit", "access"]);
        activities.ShouldAllBe(a => a.Actor == TenantFixture.Admin);
    }
}
